import { describe, expect, it } from 'vitest';
import { parseSessionInfo, parseShareLink } from './share-api';

describe('share API answers', () => {
  it('can share only with auth on and canShare', () => {
    expect(parseSessionInfo({ auth: true, user: { sub: 'a' }, canShare: true })).toEqual({ auth: true, canShare: true });
    expect(parseSessionInfo({ auth: false, user: null, canShare: true })).toEqual({ auth: false, canShare: false });
    expect(parseSessionInfo({ auth: true, canShare: false })).toEqual({ auth: true, canShare: false });
    expect(parseSessionInfo(null)).toEqual({ auth: false, canShare: false });
  });

  it('reads the link, making a relative one absolute, and the expiry in any common form', () => {
    const origin = 'https://tandem.example';
    expect(parseShareLink({ token: 't', url: '/d/plan?token=t', expiresAt: '2030-01-01T00:00:00Z' }, origin, 'plan')).toEqual({
      url: 'https://tandem.example/d/plan?token=t',
      expiresAtMs: Date.UTC(2030, 0, 1),
    });
    expect(parseShareLink({ token: 't', url: 'http://relay:1234/d/plan?token=t', expiresAt: 1_900_000_000 }, origin, 'plan')).toEqual({
      url: 'http://relay:1234/d/plan?token=t',
      expiresAtMs: 1_900_000_000_000,
    });
    expect(parseShareLink({ token: 'a.b', expiresAt: 1_900_000_000_000 }, origin, 'my doc')).toEqual({
      url: 'https://tandem.example/d/my%20doc?token=a.b',
      expiresAtMs: 1_900_000_000_000,
    });
    expect(() => parseShareLink({}, origin, 'plan')).toThrow('no link');
  });
});
