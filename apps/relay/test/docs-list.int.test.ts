import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore } from '@tandem/relay-core';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import { startTestRelay, tempDir, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await relay?.stop();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Listing {
  docs: { name: string; title: string | null; sizeBytes: number; updatedAt: number }[];
  nextCursor: string | null;
}

/** A SQLite store whose clock ticks 1 s per write (distinct, ordered updatedAt), counting loads. */
function countingStore(): { store: DocStore; loads: () => number } {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  let clock = 1_700_000_000_000;
  const inner = createSqliteDocStore({ path: join(dir.path, 'tandem.db'), now: () => (clock += 1_000) });
  let loads = 0;
  return {
    store: { ...inner, load: (doc) => ((loads += 1), inner.load(doc)) },
    loads: () => loads,
  };
}

async function seed(store: DocStore, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    doc.getText('title').insert(0, i % 2 ? `Odd title ${i}` : `Even title ${i}`);
    await store.append(`doc-${String(i).padStart(2, '0')}`, Y.encodeStateAsUpdate(doc));
  }
}

const list = async (query = ''): Promise<Listing> => {
  const res = await fetch(`${relay.httpUrl}/api/docs${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Listing;
};

describe('GET /api/docs', () => {
  it('pages most recent first with limit and cursor, decoding only the titles a page shows', async () => {
    const { store, loads } = countingStore();
    relay = await startTestRelay({ store });
    await seed(store, 30);
    const first = await list('?limit=5');
    expect(first.docs.map((d) => d.name)).toEqual(['doc-29', 'doc-28', 'doc-27', 'doc-26', 'doc-25']);
    expect(first.docs[0]).toMatchObject({ title: 'Odd title 29' });
    expect(loads()).toBe(5);
    const names: string[] = first.docs.map((d) => d.name);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await list(`?limit=7&cursor=${encodeURIComponent(cursor)}`);
      names.push(...page.docs.map((d) => d.name));
      cursor = page.nextCursor;
    }
    expect(names).toEqual(Array.from({ length: 30 }, (_, i) => `doc-${String(29 - i).padStart(2, '0')}`));
    // Every title decoded once, then served from the cache while the documents do not change.
    expect(loads()).toBe(30);
    await list('?limit=100');
    expect(loads()).toBe(30);
  });

  it('defaults to 50 per page and refuses bad parameters', async () => {
    const { store } = countingStore();
    relay = await startTestRelay({ store });
    await seed(store, 55);
    const page = await list();
    expect(page.docs).toHaveLength(50);
    expect(page.nextCursor).not.toBeNull();
    for (const query of ['?limit=0', '?limit=101', '?limit=ten', '?cursor=garbage', `?q=${'x'.repeat(201)}`]) {
      const res = await fetch(`${relay.httpUrl}/api/docs${query}`);
      expect(res.status, query).toBe(400);
    }
  });

  it('filters by name or title with q, case-insensitively', async () => {
    const { store } = countingStore();
    relay = await startTestRelay({ store });
    await seed(store, 6);
    expect((await list('?q=ODD')).docs.map((d) => d.name)).toEqual(['doc-05', 'doc-03', 'doc-01']);
    expect((await list('?q=doc-04')).docs.map((d) => d.name)).toEqual(['doc-04']);
    const paged = await list('?q=even&limit=2');
    expect(paged.docs.map((d) => d.name)).toEqual(['doc-04', 'doc-02']);
    expect((await list(`?q=even&limit=2&cursor=${paged.nextCursor}`))).toMatchObject({ docs: [{ name: 'doc-00' }], nextCursor: null });
  });

  it('recomputes a title when its document changes (at most every 2 s per document)', async () => {
    const { store, loads } = countingStore();
    relay = await startTestRelay({ store });
    const doc = new Y.Doc();
    doc.getText('title').insert(0, 'First');
    await store.append('renamed', Y.encodeStateAsUpdate(doc));
    expect((await list()).docs[0]).toMatchObject({ title: 'First' });
    const before = Y.encodeStateVector(doc);
    doc.getText('title').delete(0, 5);
    doc.getText('title').insert(0, 'Second');
    await store.append('renamed', Y.encodeStateAsUpdate(doc, before));
    await waitFor(async () => (await list()).docs[0]?.title === 'Second', 5_000, 'the new title');
    expect(loads()).toBe(2);
  });
});
