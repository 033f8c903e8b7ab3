import type { ProxyTrust } from './client-address';

/**
 * The origin clients use to reach the relay (`https://docs.example.com`), for links the relay
 * hands out. Behind a trusted proxy, X-Forwarded-Proto and X-Forwarded-Host say what the
 * browser saw; from anyone else those headers are ignored, so a caller cannot make the relay
 * sign a link to a host of their choosing.
 */
export function publicOrigin(requestUrl: string, remoteAddress: string, headers: { get(name: string): string | null | undefined }, trust: ProxyTrust): string {
  const url = new URL(requestUrl);
  if (!trust.isTrustedProxy(remoteAddress)) return url.origin;
  const proto = firstValue(headers.get('x-forwarded-proto'));
  const host = firstValue(headers.get('x-forwarded-host'));
  const protocol = proto === 'https' || proto === 'http' ? `${proto}:` : url.protocol;
  const validHost = host && /^[a-z0-9.\-:[\]]+$/i.test(host) ? host : url.host;
  return `${protocol}//${validHost}`;
}

function firstValue(header: string | null | undefined): string | null {
  return header?.split(',')[0]?.trim().toLowerCase() || null;
}
