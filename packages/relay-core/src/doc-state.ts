import * as Y from 'yjs';

/** An empty Yjs V1 update: no structs, empty delete set. */
const EMPTY_UPDATE = Uint8Array.of(0, 0);
/** The state vector of an empty document. */
const EMPTY_STATE_VECTOR = Uint8Array.of(0);

/**
 * A document held as binary Yjs updates instead of a live `Y.Doc`.
 *
 * Why: a relay never reads the content, it only merges and diffs. A compacted snapshot is
 * a few hundred KB where a `Y.Doc` of the same text costs tens of MB of heap, and appending a
 * client's update is a push instead of an integration. New updates sit in `pending` and are
 * folded into `base` with `Y.mergeUpdates` only when someone needs the whole state; the
 * expensive `Y.Doc` round trip that really shrinks the state runs only on compaction.
 */
export interface DocState {
  /** Adds an already validated update. */
  add(update: Uint8Array): void;
  /** The whole document as one update. */
  encodeState(): Uint8Array;
  /** The document's state vector. */
  encodeStateVector(): Uint8Array;
  /** What a peer with `stateVector` is missing. */
  encodeDiff(stateVector: Uint8Array): Uint8Array;
  /** Rebuilds the state through a `Y.Doc` (garbage-collecting deletions) and keeps the result. */
  compact(): Uint8Array;
  /** Bytes held in memory. */
  byteLength(): number;
}

/** Creates a DocState from stored updates (snapshot first, then the log). */
export function createDocState(stored: readonly Uint8Array[] = []): DocState {
  let base: Uint8Array = EMPTY_UPDATE;
  let pending: Uint8Array[] = [...stored];
  let pendingBytes = pending.reduce((sum, update) => sum + update.byteLength, 0);
  let cachedStateVector: Uint8Array | null = null;

  const fold = (): Uint8Array => {
    if (pending.length > 0) {
      base = pending.length === 1 && base === EMPTY_UPDATE ? (pending[0] as Uint8Array) : Y.mergeUpdates([base, ...pending]);
      pending = [];
      pendingBytes = 0;
    }
    return base;
  };

  return {
    add(update) {
      pending.push(update);
      pendingBytes += update.byteLength;
      cachedStateVector = null;
    },
    encodeState: fold,
    encodeStateVector() {
      cachedStateVector ??= fold() === EMPTY_UPDATE ? EMPTY_STATE_VECTOR : Y.encodeStateVectorFromUpdate(base);
      return cachedStateVector;
    },
    encodeDiff(stateVector) {
      const state = fold();
      // A new peer (empty state vector) needs everything: skip the diff pass.
      if (isEmptyStateVector(stateVector)) return state;
      return Y.diffUpdate(state, stateVector);
    },
    compact() {
      const doc = new Y.Doc();
      try {
        // One transaction: Yjs merges structs and collects garbage once, at the end. Applying
        // the pending updates directly also skips the fold, which costs as much as the apply.
        doc.transact(() => {
          if (base !== EMPTY_UPDATE) Y.applyUpdate(doc, base);
          for (const update of pending) Y.applyUpdate(doc, update);
        });
        base = Y.encodeStateAsUpdate(doc);
        pending = [];
        pendingBytes = 0;
      } finally {
        doc.destroy();
      }
      return base;
    },
    byteLength: () => base.byteLength + pendingBytes,
  };
}

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}
