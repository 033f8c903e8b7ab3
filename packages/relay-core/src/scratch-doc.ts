import * as Y from 'yjs';

/**
 * A Y.Doc used only to merge and re-encode updates (compaction, snapshots, reading a title):
 * it is never synced, so its guid does not matter. `new Y.Doc()` would draw a random UUID for
 * it, which lib0 builds from 31 separate `crypto.getRandomValues` calls — at shutdown with
 * 10,000 loaded documents that alone took ~4 s of an 8 s budget.
 */
export function createScratchDoc(): Y.Doc {
  return new Y.Doc({ guid: 'tandem-scratch' });
}
