import { describe, expect, it } from 'vitest';
import { appendPage, docListUrl, formatRelativeTime, matchesQuery, mergeDocLists, newDocId, parseDocList, parseDocPage } from './doc-list';

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

  it('reads the page cursor', () => {
    expect(parseDocPage({ docs: [], nextCursor: 'abc' }).nextCursor).toBe('abc');
    expect(parseDocPage({ docs: [], nextCursor: null }).nextCursor).toBeNull();
    expect(parseDocPage({ docs: [] }).nextCursor).toBeNull();
  });

  it('builds the listing URL with search and cursor', () => {
    expect(docListUrl()).toBe('/api/docs');
    expect(docListUrl({ q: '  plan ', cursor: 'c1' })).toBe('/api/docs?q=plan&cursor=c1');
    expect(docListUrl({ q: 'a&b' })).toBe('/api/docs?q=a%26b');
  });

  it('matches titles and names without regard to case', () => {
    expect(matchesQuery({ name: 'x1', title: 'Q3 Launch plan' }, 'launch')).toBe(true);
    expect(matchesQuery({ name: 'roadmap', title: null }, 'ROAD')).toBe(true);
    expect(matchesQuery({ name: 'x1', title: 'Notes' }, 'plan')).toBe(false);
    expect(matchesQuery({ name: 'x1', title: 'Notes' }, '  ')).toBe(true);
  });

  describe('merging the relay listing with this browser\'s documents', () => {
    const remote = [
      { name: 'shared', title: 'Shared plan', updatedAt: 50, sizeBytes: 100 },
      { name: 'old', title: 'Old notes', updatedAt: 10, sizeBytes: 100 },
    ];
    const local = [
      { name: 'shared', title: 'Shared plan (stale title)', updatedAt: 40, isOnRelay: true },
      { name: 'draft', title: 'Offline draft', updatedAt: 30, isOnRelay: false },
      { name: 'deleted-elsewhere', title: 'Gone', updatedAt: 20, isOnRelay: true },
    ];

    it('with the relay: its documents, plus local ones it never had, marked, newest first', () => {
      expect(mergeDocLists(remote, local).map((d) => [d.name, d.title, d.isLocalOnly])).toEqual([
        ['shared', 'Shared plan', false],
        ['draft', 'Offline draft', true],
        ['old', 'Old notes', false],
      ]);
    });

    it('without the relay: every local document, marked, filtered by the search', () => {
      expect(mergeDocLists(null, local).map((d) => [d.name, d.isLocalOnly])).toEqual([
        ['shared', true],
        ['draft', true],
        ['deleted-elsewhere', true],
      ]);
      expect(mergeDocLists(null, local, 'draft').map((d) => d.name)).toEqual(['draft']);
    });

    it('with a search, local-only documents must match it too', () => {
      expect(mergeDocLists([remote[0]!], local, 'shared').map((d) => d.name)).toEqual(['shared']);
    });
  });

  it('appends a page without repeating documents', () => {
    const first = [{ name: 'a', title: null, updatedAt: 3, sizeBytes: 0 }];
    const next = [
      { name: 'a', title: null, updatedAt: 3, sizeBytes: 0 },
      { name: 'b', title: null, updatedAt: 1, sizeBytes: 0 },
    ];
    expect(appendPage(first, next).map((d) => d.name)).toEqual(['a', 'b']);
  });
});
