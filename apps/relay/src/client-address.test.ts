import { describe, expect, it } from 'vitest';
import { createClientAddress } from './client-address';

describe('createClientAddress', () => {
  it('ignores X-Forwarded-For from an address that is not a trusted proxy', () => {
    const clientAddress = createClientAddress([]);
    expect(clientAddress('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    expect(createClientAddress(['10.0.0.0/8'])('127.0.0.1', '198.51.100.1')).toBe('127.0.0.1');
  });

  it('takes the nearest untrusted hop when the peer is a trusted proxy', () => {
    const clientAddress = createClientAddress(['127.0.0.1', '10.0.0.0/8']);
    expect(clientAddress('127.0.0.1', '198.51.100.1')).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.1.2.3')).toBe('198.51.100.1');
    // A client cannot choose its address by sending its own X-Forwarded-For: the proxy appends.
    expect(clientAddress('127.0.0.1', '1.1.1.1, 198.51.100.1')).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '1.1.1.1,198.51.100.1, 10.9.9.9')).toBe('198.51.100.1');
  });

  it('falls back to the proxy when the header is missing, empty, garbage or all trusted', () => {
    const clientAddress = createClientAddress(['127.0.0.1', '10.0.0.0/8']);
    expect(clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'garbage')).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '10.1.1.1, 10.2.2.2')).toBe('10.1.1.1');
  });

  it('handles IPv6 and IPv4-mapped IPv6 peers', () => {
    const clientAddress = createClientAddress(['::1', '127.0.0.1']);
    expect(clientAddress('::1', '2001:db8::7')).toBe('2001:db8::7');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.1')).toBe('198.51.100.1');
    expect(clientAddress('::ffff:203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '[2001:db8::8]:4711')).toBe('2001:db8::8');
  });
});
