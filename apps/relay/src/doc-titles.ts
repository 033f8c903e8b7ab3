import * as Y from 'yjs';
import type { DocStore, DocSummary } from '@tandem/relay-core';

/** The listing entry the HTTP API returns: a stored doc plus its title. */
export interface DocListing extends DocSummary {
  readonly title: string | null;
}

/** Longest title returned in a listing. */
const MAX_TITLE_CHARS = 200;

/**
 * Reads document titles (the shared `Y.Text('title')`) for the listing. Decoding a document
 * is not free, so titles are cached per document and version (`updatedAt`).
 */
export function createDocTitles(store: DocStore) {
  const cache = new Map<string, { updatedAt: number; title: string | null }>();

  const readTitle = async (summary: DocSummary): Promise<string | null> => {
    const cached = cache.get(summary.name);
    if (cached?.updatedAt === summary.updatedAt) return cached.title;
    const stored = await store.load(summary.name);
    const doc = new Y.Doc();
    try {
      if (stored) Y.applyUpdate(doc, Y.mergeUpdates([...stored.updates]));
      const title = doc.getText('title').toString().slice(0, MAX_TITLE_CHARS) || null;
      cache.set(summary.name, { updatedAt: summary.updatedAt, title });
      return title;
    } finally {
      doc.destroy();
    }
  };

  return {
    /** Every stored document with its title, most recently edited first. */
    async list(): Promise<DocListing[]> {
      const summaries = await store.list();
      const names = new Set(summaries.map((s) => s.name));
      for (const name of cache.keys()) if (!names.has(name)) cache.delete(name);
      const listings = await Promise.all(summaries.map(async (s) => ({ ...s, title: await readTitle(s) })));
      return listings.sort((a, b) => b.updatedAt - a.updatedAt);
    },
  };
}
