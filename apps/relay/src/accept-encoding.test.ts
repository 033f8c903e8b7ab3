import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from './accept-encoding';

describe('acceptedEncodings', () => {
  it('prefers Brotli over gzip when both are equally welcome', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  });

  it('follows the client q-values', () => {
    expect(acceptedEncodings('br;q=0.5, gzip;q=0.9')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('gzip;q=1.0, br; q=0.1')).toEqual(['gzip', 'br']);
  });

  it('drops codings refused with q=0, or malformed q', () => {
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0')).toEqual([]);
    expect(acceptedEncodings('br;q=banana, gzip')).toEqual(['gzip']);
  });

  it('treats * as every coding not named, and x-gzip as gzip', () => {
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, *')).toEqual(['gzip']);
    expect(acceptedEncodings('x-gzip')).toEqual(['gzip']);
  });

  it('gives nothing for no header, identity, or codings it does not have', () => {
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings('')).toEqual([]);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings('deflate, zstd')).toEqual([]);
    expect(acceptedEncodings('BR')).toEqual(['br']);
  });
});
