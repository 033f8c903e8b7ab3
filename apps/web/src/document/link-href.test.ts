import { describe, expect, it } from 'vitest';
import { normalizeHref } from './link-href';

describe('normalizeHref', () => {
  it('adds https:// to bare addresses and keeps explicit web links', () => {
    expect(normalizeHref(' example.com/a ')).toBe('https://example.com/a');
    expect(normalizeHref('http://intranet/x')).toBe('http://intranet/x');
    expect(normalizeHref('mailto:ada@example.com')).toBe('mailto:ada@example.com');
    expect(normalizeHref('#section')).toBe('#section');
    expect(normalizeHref('localhost:3000/docs')).toBe('https://localhost:3000/docs');
  });

  it('refuses empty input and script or data schemes', () => {
    expect(normalizeHref('   ')).toBeNull();
    expect(normalizeHref('javascript:alert(1)')).toBeNull();
    expect(normalizeHref('data:text/html,hi')).toBeNull();
  });
});
