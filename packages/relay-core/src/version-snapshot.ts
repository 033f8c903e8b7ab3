import * as Y from 'yjs';
import type { DocStore } from './ports';
import { createScratchDoc } from './scratch-doc';

/**
 * The stored document's whole state as one Yjs V1 update, or null when it is not stored. Read
 * from the store, which holds every update anyone has seen (appends are durable before they are
 * broadcast), so it works whether or not the document is loaded. Built through a `Y.Doc`, like a
 * compaction, so deleted content is garbage-collected and the version is as small as it can be.
 */
export async function snapshotFromStore(store: DocStore, doc: string): Promise<Uint8Array | null> {
  const stored = await store.load(doc);
  if (!stored) return null;
  const ydoc = createScratchDoc();
  try {
    ydoc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(ydoc, update);
    });
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}
