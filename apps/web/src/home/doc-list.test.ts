import { describe, expect, it } from 'vitest';
import { formatRelativeTime, newDocId, parseDocList } from './doc-list';

describe('doc list', () => {
  it('parses the relay listing and treats blank titles as untitled', () => {
    const docs = parseDocList({
      docs: [
        { name: 'a', title: 'Plan', updatedAt: 5, sizeBytes: 10 },
        { name: 'b', title: '  ', updatedAt: 4, sizeBytes: 1 },
        { name: 3, updatedAt: 1 },
      ],
    });
    expect(docs).toEqual([
      { name: 'a', title: 'Plan', updatedAt: 5, sizeBytes: 10 },
      { name: 'b', title: null, updatedAt: 4, sizeBytes: 1 },
    ]);
  });

  it('refuses an answer that is not a listing', () => {
    expect(() => parseDocList({ error: { status: 500 } })).toThrow();
  });

  it('formats times relative to now', () => {
    const now = 1_700_000_000_000;
    expect(formatRelativeTime(now - 10_000, now, 'en')).toBe('just now');
    expect(formatRelativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(now - 26 * 3600_000, now, 'en')).toBe('yesterday');
  });

  it('makes url-safe ids of 12 characters that differ', () => {
    const id = newDocId();
    expect(id).toMatch(/^[a-z2-9]{12}$/);
    expect(newDocId()).not.toBe(id);
  });
});
