import * as Y from 'yjs';
import type { DocStore, DocSummary } from '@tandem/relay-core';
import { createScratchDoc } from '@tandem/relay-core';

/** The listing entry the HTTP API returns: a stored doc plus its title. */
export interface DocListing extends DocSummary {
  readonly title: string | null;
}

/** Longest title returned in a listing. */
const MAX_TITLE_CHARS = 200;
/** A document edited continuously gets its title recomputed at most this often. */
const DEFAULT_MIN_REFRESH_MS = 2_000;

/** Titles of stored documents (the shared `Y.Text('title')`), computed once per version. */
export interface DocTitles {
  /** The title of `summary`'s document; null when it has none. */
  titleOf(summary: DocSummary): Promise<string | null>;
  /** Forgets documents that are no longer stored. */
  retain(names: ReadonlySet<string>): void;
}

interface CachedTitle {
  readonly updatedAt: number;
  readonly title: string | null;
  readonly computedAt: number;
}

/**
 * Reading a title means loading and decoding the whole document, so each is computed once per
 * document version (`updatedAt`), concurrent requests share one computation, and a document
 * that changes all the time is recomputed at most every `minRefreshMs`: listing cannot be
 * turned into a way to make the relay decode documents in a loop.
 */
export function createDocTitles(store: DocStore, options: { now: () => number; minRefreshMs?: number }): DocTitles {
  const minRefreshMs = options.minRefreshMs ?? DEFAULT_MIN_REFRESH_MS;
  const cache = new Map<string, CachedTitle>();
  const inFlight = new Map<string, Promise<string | null>>();

  const compute = async (summary: DocSummary): Promise<string | null> => {
    const stored = await store.load(summary.name);
    const doc = createScratchDoc();
    try {
      Y.transact(doc, () => {
        for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
      });
      const title = doc.getText('title').toString().slice(0, MAX_TITLE_CHARS) || null;
      cache.set(summary.name, { updatedAt: summary.updatedAt, title, computedAt: options.now() });
      return title;
    } finally {
      doc.destroy();
    }
  };

  return {
    async titleOf(summary) {
      const cached = cache.get(summary.name);
      if (cached && (cached.updatedAt === summary.updatedAt || options.now() - cached.computedAt < minRefreshMs)) return cached.title;
      const running = inFlight.get(summary.name);
      if (running) return running;
      const computing = compute(summary).finally(() => inFlight.delete(summary.name));
      inFlight.set(summary.name, computing);
      return computing;
    },
    retain(names) {
      for (const name of cache.keys()) if (!names.has(name)) cache.delete(name);
    },
  };
}
