import { REMOVED_STATE_JSON, type AwarenessEntry } from '@tandem/protocol';

/** The session a client ID belongs to, and the person behind it when a token says so. */
export interface AwarenessOwner {
  readonly id: string;
  /** Authenticated user ID, or null for anonymous sessions. */
  readonly userId: string | null;
}

interface OwnedState {
  clock: number;
  /** The state's JSON text, or null once its owner removed it (the ID stays the owner's). */
  stateJson: string | null;
  owner: AwarenessOwner;
  renewedAt: number;
}

/** Why an awareness entry was not accepted. */
export type AwarenessRejection = 'foreign-client' | 'too-big' | 'not-json' | 'too-many-clients' | 'document-full';

/** Result of applying a connection's awareness update. */
export interface AwarenessApplyResult {
  /** Entries that changed the registry: forward exactly these to the connections. */
  readonly accepted: AwarenessEntry[];
  readonly rejected: { readonly clientId: number; readonly why: AwarenessRejection }[];
}

/** Limits of one document's awareness. */
export interface AwarenessLimits {
  /** Largest JSON text of one state (UTF-16 units). */
  readonly maxStateBytes: number;
  /** Client IDs one session may own (a browser tab uses one). */
  readonly maxClientsPerOwner: number;
  /** Total JSON text of every live state of the document: what each newcomer is sent. */
  readonly maxDocumentBytes: number;
  /** A state not renewed for this long is dropped, as y-protocols clients do (30 s). */
  readonly timeoutMs: number;
}

/**
 * The awareness states (cursors, names) of one document. A client ID belongs to the session
 * that first set it, until that session closes or lets its state time out: another session
 * can neither overwrite nor remove it, nor claim it when its owner merely cleared its state
 * (so nobody can squat the ID a reconnecting person is about to reuse) — except a later
 * session of the same authenticated user, which is that person reconnecting.
 */
export interface AwarenessRegistry {
  apply(owner: AwarenessOwner, entries: readonly AwarenessEntry[], now: number): AwarenessApplyResult;
  /** Removes every state owned by `ownerId`; returns the removal entries to broadcast. */
  removeOwner(ownerId: string): AwarenessEntry[];
  /** Drops states not renewed within the timeout; returns the removal entries to broadcast. */
  expire(now: number): AwarenessEntry[];
  /** When the next state times out (ms since the epoch), or null when none is live. */
  nextExpiryAt(): number | null;
  /** All live states that have not timed out, for a new connection or a query-awareness. */
  entries(now: number): AwarenessEntry[];
  /** The live states `ownerId` set (JSON text), e.g. to read the name a session presents. */
  statesOf(ownerId: string): string[];
  /** Live states. */
  readonly size: number;
  /** Client IDs held, including cleared ones still owned. */
  readonly heldIds: number;
}

/** Creates an empty registry. */
export function createAwarenessRegistry(limits: AwarenessLimits): AwarenessRegistry {
  const states = new Map<number, OwnedState>();
  const idsByOwner = new Map<string, Set<number>>();
  let liveCount = 0;
  let liveBytes = 0;

  const release = (clientId: number, state: OwnedState): void => {
    states.delete(clientId);
    idsByOwner.get(state.owner.id)?.delete(clientId);
    if (idsByOwner.get(state.owner.id)?.size === 0) idsByOwner.delete(state.owner.id);
    if (state.stateJson !== null) {
      liveCount--;
      liveBytes -= state.stateJson.length;
    }
  };

  const claim = (clientId: number, owner: AwarenessOwner): void => {
    let ids = idsByOwner.get(owner.id);
    if (!ids) idsByOwner.set(owner.id, (ids = new Set()));
    ids.add(clientId);
  };

  const mayTakeOver = (current: OwnedState, owner: AwarenessOwner): boolean =>
    current.owner.userId !== null && current.owner.userId === owner.userId;

  const applyOne = (owner: AwarenessOwner, entry: AwarenessEntry, now: number): AwarenessRejection | 'accepted' | 'stale' => {
    const current = states.get(entry.clientId);
    const isTakeover = current !== undefined && current.owner.id !== owner.id;
    if (isTakeover && !mayTakeOver(current, owner)) return 'foreign-client';
    if ((!current || isTakeover) && (idsByOwner.get(owner.id)?.size ?? 0) >= limits.maxClientsPerOwner) return 'too-many-clients';
    const isRemoval = entry.stateJson === REMOVED_STATE_JSON;
    // Same rule as y-protocols: newer clock wins; an equal clock may only remove — or hand the
    // ID to the same person's new connection, which re-sends its state unchanged on connect.
    if (current && (entry.clock < current.clock || (entry.clock === current.clock && !isRemoval && !isTakeover))) return 'stale';
    if (isRemoval) {
      if (!current || current.stateJson === null) return 'stale';
      if (isTakeover) {
        idsByOwner.get(current.owner.id)?.delete(entry.clientId);
        current.owner = owner;
        claim(entry.clientId, owner);
      }
      liveCount--;
      liveBytes -= current.stateJson.length;
      // Cleared, but still this session's: the ID is released only when the session ends.
      Object.assign(current, { clock: entry.clock, stateJson: null, renewedAt: now });
      return 'accepted';
    }
    if (entry.stateJson.length > limits.maxStateBytes) return 'too-big';
    if (!isJsonObject(entry.stateJson)) return 'not-json';
    const replacedBytes = current?.stateJson?.length ?? 0;
    if (liveBytes - replacedBytes + entry.stateJson.length > limits.maxDocumentBytes) return 'document-full';
    if (current) release(entry.clientId, current);
    states.set(entry.clientId, { clock: entry.clock, stateJson: entry.stateJson, owner, renewedAt: now });
    claim(entry.clientId, owner);
    liveCount++;
    liveBytes += entry.stateJson.length;
    return 'accepted';
  };

  const isExpired = (state: OwnedState, now: number): boolean => state.stateJson !== null && now - state.renewedAt >= limits.timeoutMs;

  return {
    apply(owner, entries, now) {
      const accepted: AwarenessEntry[] = [];
      const rejected: AwarenessApplyResult['rejected'][number][] = [];
      for (const entry of entries) {
        const outcome = applyOne(owner, entry, now);
        if (outcome === 'accepted') accepted.push(entry);
        else if (outcome !== 'stale') rejected.push({ clientId: entry.clientId, why: outcome });
      }
      return { accepted, rejected };
    },
    removeOwner(ownerId) {
      const removals: AwarenessEntry[] = [];
      for (const clientId of [...(idsByOwner.get(ownerId) ?? [])]) {
        const state = states.get(clientId) as OwnedState;
        if (state.stateJson !== null) removals.push({ clientId, clock: state.clock + 1, stateJson: REMOVED_STATE_JSON });
        release(clientId, state);
      }
      return removals;
    },
    expire(now) {
      const removals: AwarenessEntry[] = [];
      for (const [clientId, state] of [...states]) {
        if (!isExpired(state, now)) continue;
        // The same clock: y-protocols accepts an equal-clock removal, and the owner's next
        // renewal (clock + 1) then shows again at once if it comes back.
        removals.push({ clientId, clock: state.clock, stateJson: REMOVED_STATE_JSON });
        release(clientId, state);
      }
      return removals;
    },
    nextExpiryAt() {
      let earliest: number | null = null;
      for (const state of states.values()) {
        if (state.stateJson === null) continue;
        const at = state.renewedAt + limits.timeoutMs;
        if (earliest === null || at < earliest) earliest = at;
      }
      return earliest;
    },
    entries(now) {
      const live: AwarenessEntry[] = [];
      for (const [clientId, state] of states) {
        if (state.stateJson !== null && !isExpired(state, now)) live.push({ clientId, clock: state.clock, stateJson: state.stateJson });
      }
      return live;
    },
    statesOf(ownerId) {
      const owned: string[] = [];
      for (const clientId of idsByOwner.get(ownerId) ?? []) {
        const json = states.get(clientId)?.stateJson;
        if (json) owned.push(json);
      }
      return owned;
    },
    get size() {
      return liveCount;
    },
    get heldIds() {
      return states.size;
    },
  };
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
