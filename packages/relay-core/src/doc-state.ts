import * as Y from 'yjs';
import { createUpdateChunk, EMPTY_UPDATE, isEmptyUpdate, readUpdateRanges, withDeletions, type UpdateChunk } from './update-chunk';
import { createScratchDoc } from './scratch-doc';

/** The state vector of an empty document. */
const EMPTY_STATE_VECTOR = Uint8Array.of(0);

/** When the levels are merged (tests use small values to exercise every path). */
export interface DocStateTuning {
  /** Recent updates kept apart before they are merged into the middle chunks. */
  readonly maxRecentChunks: number;
  /** The middle chunks are merged into the base once they hold this much, or a quarter of the base. */
  readonly minMiddleBytes: number;
}

const DEFAULT_TUNING: DocStateTuning = { maxRecentChunks: 256, minMiddleBytes: 64 * 1024 };
/** Middle chunk of the updates that carry structs of several clients (or none). */
const SHARED_MIDDLE = -1;

/**
 * A document held as binary Yjs updates instead of a live `Y.Doc`.
 *
 * Why: a relay never reads the content, it only merges and diffs. A compacted snapshot is
 * a few hundred KB where a `Y.Doc` of the same text costs tens of MB of heap, and appending a
 * client's update is a push instead of an integration. The expensive `Y.Doc` round trip that
 * really shrinks the state runs only on compaction.
 *
 * Why the levels: `@tandem/client` asks "do you have my edits?" after every burst of typing
 * (a sync step 1 whose state vector is wound back for its own client). Answering that from one
 * merged update costs a full-document merge and diff per probe (24 ms on the 260k-edit
 * automerge-paper document), so a few typists saturate a core. Instead the state is a big
 * `base`, one `middle` chunk per typing client and a few `recent` updates, like an LSM tree.
 * Each chunk knows where its clients' structs end, so a probe decodes only the chunks holding
 * structs the prober lacks (its own recent edits), and gets the delete set from a cached copy
 * spliced in as bytes; the state vector is kept up to date from each new update, without a
 * merge. `add` itself is a push: the new updates are read on the next question, so a document
 * nobody asks about pays nothing. Merges still happen, amortised: 256 recent updates into the
 * middles, the middles into the base once they reach a quarter of it.
 */
export interface DocState {
  /** Adds an already validated update. */
  add(update: Uint8Array): void;
  /** The whole document as one update. */
  encodeState(): Uint8Array;
  /** The document's state vector. */
  encodeStateVector(): Uint8Array;
  /** What a peer with `stateVector` is missing (structs it lacks plus the whole delete set). */
  encodeDiff(stateVector: Uint8Array): Uint8Array;
  /** Rebuilds the state through a `Y.Doc` (garbage-collecting deletions) and keeps the result. */
  compact(): Uint8Array;
  /** Bytes held in memory. */
  byteLength(): number;
}

/** One chunk holding the union of `parts`; its struct ends are theirs, no decoding needed. */
function mergeChunks(parts: readonly UpdateChunk[]): UpdateChunk {
  const ends = new Map<number, number>();
  for (const part of parts) for (const [client, end] of part.ends()) ends.set(client, Math.max(end, ends.get(client) ?? 0));
  return createUpdateChunk(Y.mergeUpdates(parts.map((part) => part.update)), { ends, hasDeletions: parts.some((part) => part.mayDelete) });
}

/** Which middle chunk an update joins: its client's, when it carries structs of one client only. */
function middleKeyOf(chunk: UpdateChunk): number {
  const ends = chunk.ends();
  return ends.size === 1 ? (ends.keys().next().value as number) : SHARED_MIDDLE;
}

/** Creates a DocState from stored updates (snapshot first, then the log). */
export function createDocState(stored: readonly Uint8Array[] = [], tuning: DocStateTuning = DEFAULT_TUNING): DocState {
  let base: UpdateChunk | null = null;
  const middles = new Map<number, UpdateChunk>();
  let middleBytes = 0;
  let recent: UpdateChunk[] = [];
  /** Stored updates not yet read: merged into the base on first use (loading stays cheap). */
  let unread: Uint8Array[] = stored.filter((update) => !isEmptyUpdate(update));
  /** Updates added since anyone asked: `add` is a push, the reading happens on the next question. */
  let unsettled: Uint8Array[] = [];
  let bytes = unread.reduce((sum, update) => sum + update.byteLength, 0);
  /**
   * The state vector, kept up to date as updates settle: per client, the end of its run of
   * structs from clock 0. An update that starts past that run leaves a hole (it waits for
   * missing structs): then this is null until a full merge recomputes it, as Yjs would. While
   * some struct may wait (`mayHaveHoles`), every update makes it null again, as it may fill it.
   */
  let clocks: Map<number, number> | null = new Map();
  let encodedClocks: Uint8Array | null = null;
  /** Null until checked: computed when the first update settles after a full merge, not on every load. */
  let mayHaveHoles: boolean | null = false;
  /** Every deletion of the state as one update without structs (null: to compute), and chunks added since. */
  let deletions: Uint8Array | null = EMPTY_UPDATE;
  let deletionsToAdd: UpdateChunk[] = [];

  /** Reads what was stored and added since the last question; keeps the levels in shape. */
  const settle = (): void => {
    if (unread.length > 0) {
      const updates = unread;
      unread = [];
      setBase(createUpdateChunk(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)), true);
    }
    if (unsettled.length === 0) return;
    const updates = unsettled;
    unsettled = [];
    for (const update of updates) settleOne(update);
    if (recent.length >= tuning.maxRecentChunks) mergeRecent();
  };

  const settleOne = (update: Uint8Array): void => {
    const ranges = readUpdateRanges(update);
    const chunk = createUpdateChunk(update, ranges);
    recent.push(chunk);
    if (ranges.hasDeletions) deletionsToAdd.push(chunk);
    mayHaveHoles ??= base !== null && [...base.ends()].some(([client, end]) => clocks?.get(client) !== end);
    if (ranges.hasHoles || mayHaveHoles) clocks = null;
    for (const [client, start] of ranges.starts) {
      if (clocks === null) break;
      const known = clocks.get(client) ?? 0;
      if (start > known) clocks = null;
      else clocks.set(client, Math.max(known, ranges.ends.get(client) ?? known));
    }
  };

  const chunks = (): UpdateChunk[] => {
    settle();
    const all = base ? [base] : [];
    for (const middle of middles.values()) all.push(middle);
    return all.concat(recent);
  };

  /** Merges everything into the base (and recomputes the state vector if a hole made it unknown). */
  const foldAll = (): UpdateChunk | null => {
    const parts = chunks();
    const [first] = parts;
    if (first === undefined) return null;
    if (parts.length > 1 || first !== base || clocks === null) {
      setBase(parts.length === 1 ? first : mergeChunks(parts), clocks === null);
    }
    return base;
  };

  /** Makes `chunk` the whole state (everything else must be in it). */
  const setBase = (chunk: UpdateChunk, isVectorStale: boolean): void => {
    if (isVectorStale) {
      // Yjs's own state vector of the merged state: each client's run of structs from clock 0.
      clocks = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(chunk.update));
      encodedClocks = null;
      mayHaveHoles = null;
      deletions = null;
      deletionsToAdd = [];
    }
    base = chunk;
    middles.clear();
    middleBytes = 0;
    recent = [];
    bytes = chunk.update.byteLength;
  };

  /** Merges the recent updates into the middle chunks, and those into the base once they are big. */
  const mergeRecent = (): void => {
    const groups = new Map<number, UpdateChunk[]>();
    for (const chunk of recent) {
      const key = middleKeyOf(chunk);
      const group = groups.get(key) ?? (groups.set(key, []).get(key) as UpdateChunk[]);
      group.push(chunk);
    }
    recent = [];
    for (const [key, group] of groups) {
      const middle = middles.get(key);
      if (middle) middleBytes -= middle.update.byteLength;
      const merged = mergeChunks(middle ? [middle, ...group] : group);
      middles.set(key, merged);
      middleBytes += merged.update.byteLength;
    }
    if (middleBytes >= Math.max(tuning.minMiddleBytes, (base?.update.byteLength ?? 0) / 4)) {
      base = mergeChunks(base ? [base, ...middles.values()] : [...middles.values()]);
      middles.clear();
      middleBytes = 0;
    }
    bytes = (base?.update.byteLength ?? 0) + middleBytes;
  };

  /** Every deletion of the state, folding in those added since the last call. */
  const allDeletions = (): Uint8Array => {
    if (deletions === null) {
      deletions = mergeDeletions(chunks());
      deletionsToAdd = [];
    } else if (deletionsToAdd.length > 0) {
      deletions = mergeDeletions([createUpdateChunk(deletions), ...deletionsToAdd]);
      deletionsToAdd = [];
    }
    return deletions;
  };

  return {
    add(update) {
      if (isEmptyUpdate(update)) return;
      unsettled.push(update);
      bytes += update.byteLength;
      encodedClocks = null;
    },
    encodeState() {
      return foldAll()?.update ?? EMPTY_UPDATE;
    },
    encodeStateVector() {
      if (encodedClocks) return encodedClocks;
      settle();
      // A hole: merge everything and take Yjs's own answer (the merge may show it filled).
      if (clocks === null) foldAll();
      encodedClocks = clocks !== null && clocks.size > 0 ? Y.encodeStateVector(clocks) : EMPTY_STATE_VECTOR;
      return encodedClocks;
    },
    encodeDiff(stateVector) {
      const vector = Y.decodeStateVector(stateVector);
      // A new peer (empty state vector) needs everything: skip the diff pass.
      if (vector.size === 0) return foldAll()?.update ?? EMPTY_UPDATE;
      const missing = chunks().filter((chunk) => chunk.isMissingFrom(vector));
      if (missing.length === 0) return allDeletions();
      const parts = missing.map((chunk) => Y.diffUpdate(chunk.update, stateVector));
      return withDeletions(parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts), allDeletions());
    },
    compact() {
      const doc = createScratchDoc();
      try {
        // One transaction: Yjs merges structs and collects garbage once, at the end. Applying
        // the chunks directly also skips a merge, which costs as much as the apply.
        // Unsettled updates go in as they are: reading them first would only cost time here.
        const parts = [...unread, ...(base ? [base.update] : []), ...[...middles.values(), ...recent].map((chunk) => chunk.update), ...unsettled];
        doc.transact(() => {
          for (const update of parts) Y.applyUpdate(doc, update);
        });
        unread = [];
        unsettled = [];
        setBase(createUpdateChunk(Y.encodeStateAsUpdate(doc)), true);
      } finally {
        doc.destroy();
      }
      return base!.update;
    },
    byteLength: () => bytes,
  };
}

/** The deletions of `chunks` as one update without structs. */
function mergeDeletions(chunks: readonly UpdateChunk[]): Uint8Array {
  const parts = chunks.filter((chunk) => chunk.mayDelete).map((chunk) => chunk.deletionsOnly()).filter((part) => !isEmptyUpdate(part));
  if (parts.length === 0) return EMPTY_UPDATE;
  return parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts);
}
