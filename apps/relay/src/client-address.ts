import { BlockList, isIP } from 'node:net';

/**
 * Returns the address a request really comes from: `remoteAddress` of the socket, unless that
 * is a trusted reverse proxy, in which case X-Forwarded-For is walked from the right (the
 * entry the nearest proxy appended) past further trusted proxies to the first untrusted hop.
 * Entries left of it are whatever the client sent and are never believed.
 */
export type ClientAddress = (remoteAddress: string, forwardedFor: string | string[] | undefined) => string;

/** Builds a {@link ClientAddress} for proxies given as addresses or CIDR ranges (validated by the config). */
export function createClientAddress(trustedProxies: readonly string[]): ClientAddress {
  return createProxyTrust(trustedProxies).clientAddress;
}

/** What the relay believes of requests that come through reverse proxies. */
export interface ProxyTrust {
  readonly clientAddress: ClientAddress;
  /** True when the socket's peer is a trusted proxy, whose X-Forwarded-* headers are then believed. */
  isTrustedProxy(remoteAddress: string): boolean;
}

/** Builds the {@link ProxyTrust} of a list of proxy addresses and CIDR ranges (validated by the config). */
export function createProxyTrust(trustedProxies: readonly string[]): ProxyTrust {
  if (trustedProxies.length === 0) {
    return { clientAddress: (remoteAddress) => normalize(remoteAddress) ?? remoteAddress, isTrustedProxy: () => false };
  }
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(prefix), type);
  }
  const isTrusted = (address: string): boolean => trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

  const clientAddress: ClientAddress = (remoteAddress, forwardedFor) => {
    let client = normalize(remoteAddress) ?? remoteAddress;
    if (!isTrusted(client)) return client;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? '').split(',').map((hop) => hop.trim());
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalize(hops[i]!);
      // Garbage where a proxy should have written an address: stay with the last proxy we trust.
      if (hop === null) return client;
      client = hop;
      if (!isTrusted(hop)) return hop;
    }
    return client;
  };
  return {
    clientAddress,
    isTrustedProxy: (remoteAddress) => {
      const address = normalize(remoteAddress);
      return address !== null && isTrusted(address);
    },
  };
}

/** An IP address in canonical form (IPv4-mapped IPv6 as plain IPv4, `[v6]:port` unwrapped), or null. */
function normalize(text: string): string | null {
  let address = text;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) === 0 ? null : address.toLowerCase();
}
