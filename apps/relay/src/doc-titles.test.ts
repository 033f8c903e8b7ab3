import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMemoryDocStore, type DocStore } from '@tandem/relay-core';
import { createDocTitles } from './doc-titles';

function titled(title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('title').insert(0, title);
  return Y.encodeStateAsUpdate(doc);
}

function setUp() {
  const inner = createMemoryDocStore();
  let loads = 0;
  const store: DocStore = { ...inner, load: (doc) => ((loads += 1), inner.load(doc)) };
  let now = 0;
  const titles = createDocTitles(store, { now: () => now, minRefreshMs: 2_000 });
  return { inner, titles, loads: () => loads, advance: (ms: number) => (now += ms) };
}

describe('createDocTitles', () => {
  it('decodes a document once per version, and once for concurrent callers', async () => {
    const { inner, titles, loads } = setUp();
    await inner.append('a', titled('Plan'));
    const summary = { name: 'a', sizeBytes: 1, updatedAt: 1 };
    expect(await Promise.all([titles.titleOf(summary), titles.titleOf(summary), titles.titleOf(summary)])).toEqual(['Plan', 'Plan', 'Plan']);
    expect(await titles.titleOf(summary)).toBe('Plan');
    expect(loads()).toBe(1);
  });

  it('recomputes a document that changes all the time at most every minRefreshMs', async () => {
    const { inner, titles, loads, advance } = setUp();
    await inner.append('busy', titled('Busy'));
    for (let version = 1; version <= 50; version++) {
      await titles.titleOf({ name: 'busy', sizeBytes: 1, updatedAt: version });
      advance(100);
    }
    // 5 s of requests, each seeing a new version: one decode per 2 s.
    expect(loads()).toBe(3);
  });

  it('returns null for a document without a title, and forgets documents no longer stored', async () => {
    const { inner, titles, loads } = setUp();
    await inner.append('untitled', Y.encodeStateAsUpdate(new Y.Doc()));
    const summary = { name: 'untitled', sizeBytes: 1, updatedAt: 1 };
    expect(await titles.titleOf(summary)).toBeNull();
    titles.retain(new Set());
    await titles.titleOf(summary);
    expect(loads()).toBe(2);
  });
});
