import * as Y from 'yjs';

/** An empty Yjs V1 update: no structs, empty delete set. */
export const EMPTY_UPDATE = Uint8Array.of(0, 0);

/**
 * One piece of a document's state (an update, or several merged) with what is needed to answer
 * a sync step 1 without reading it: where each client's structs end, and its delete set alone.
 */
export interface UpdateChunk {
  readonly update: Uint8Array;
  /** Per client, the clock just past its last struct in this chunk (read on first use). */
  ends(): ReadonlyMap<number, number>;
  /** The chunk's deletions as an update without structs (computed on first use). */
  deletionsOnly(): Uint8Array;
  /** False when the chunk is known to delete nothing. */
  readonly mayDelete: boolean;
  /** Whether a peer with `stateVector` lacks some struct of this chunk (read from `ends`). */
  isMissingFrom(stateVector: ReadonlyMap<number, number>): boolean;
}

/** Struct ranges of an update, read once when it is added. */
export interface UpdateRanges {
  /** Per client, the clock of its first struct in the update. */
  readonly starts: Map<number, number>;
  /** Per client, the clock just past its last struct. */
  readonly ends: Map<number, number>;
  /** A client's structs have a hole inside this update (a `Skip`: it awaits missing structs). */
  readonly hasHoles: boolean;
  readonly hasDeletions: boolean;
}

/** Reads the struct ranges of a (small) update: one decoding pass. */
export function readUpdateRanges(update: Uint8Array): UpdateRanges {
  const { structs, ds } = Y.decodeUpdate(update);
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let hasHoles = false;
  for (const struct of structs) {
    const { client, clock } = struct.id;
    if (struct instanceof Y.Skip) hasHoles = true;
    if (!starts.has(client)) starts.set(client, clock);
    ends.set(client, clock + struct.length);
  }
  return { starts, ends, hasHoles, hasDeletions: ds.clients.size > 0 };
}

/** Wraps `update` as a chunk; pass what is already known of it to spare a decoding pass. */
export function createUpdateChunk(update: Uint8Array, known?: { readonly ends: Map<number, number>; readonly hasDeletions?: boolean }): UpdateChunk {
  let ends: Map<number, number> | null = known?.ends ?? null;
  let deletions: Uint8Array | null = known?.hasDeletions === false ? EMPTY_UPDATE : null;
  const chunk: UpdateChunk = {
    update,
    mayDelete: known?.hasDeletions !== false,
    ends: () => (ends ??= Y.parseUpdateMeta(update).to),
    // Diffing against the chunk's own ends drops every struct and keeps the whole delete set.
    deletionsOnly: () => (deletions ??= Y.diffUpdate(update, Y.encodeStateVector(chunk.ends() as Map<number, number>))),
    isMissingFrom(stateVector) {
      for (const [client, end] of chunk.ends()) if ((stateVector.get(client) ?? 0) < end) return true;
      return false;
    },
  };
  return chunk;
}

/**
 * `structs`' structs with `deletions`' delete set, where `deletions` (an update without structs)
 * holds every deletion of `structs` and more. Splices the bytes — a V1 update is its structs
 * section followed by its delete set section — so a big delete set is copied, not re-merged.
 */
export function withDeletions(structs: Uint8Array, deletions: Uint8Array): Uint8Array {
  const own = createUpdateChunk(structs).deletionsOnly();
  // `own` is [0 struct clients][delete set section]; that section ends `structs` too.
  const ownSection = own.byteLength - 1;
  const structsEnd = structs.byteLength - ownSection;
  if (!isSuffix(structs, own.subarray(1))) return Y.mergeUpdates([structs, deletions]);
  const spliced = new Uint8Array(structsEnd + deletions.byteLength - 1);
  spliced.set(structs.subarray(0, structsEnd), 0);
  spliced.set(deletions.subarray(1), structsEnd);
  return spliced;
}

function isSuffix(bytes: Uint8Array, suffix: Uint8Array): boolean {
  const offset = bytes.byteLength - suffix.byteLength;
  if (offset < 0) return false;
  for (let i = 0; i < suffix.byteLength; i++) if (bytes[offset + i] !== suffix[i]) return false;
  return true;
}

/** True for an update with no structs and no deletions ([0, 0] in V1). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}
