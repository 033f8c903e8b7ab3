import { REMOVED_STATE_JSON, type AwarenessEntry } from '@tandem/protocol';

interface OwnedState {
  clock: number;
  stateJson: string;
  ownerId: string;
}

/** Why an awareness entry was not accepted. */
export type AwarenessRejection = 'foreign-client' | 'too-big' | 'not-json';

/** Result of applying a connection's awareness update. */
export interface AwarenessApplyResult {
  /** Entries that changed the registry: forward exactly these to the other connections. */
  readonly accepted: AwarenessEntry[];
  readonly rejected: { readonly clientId: number; readonly why: AwarenessRejection }[];
}

/**
 * The awareness states (cursors, names) of one document, each owned by the connection that
 * first set it. Ownership is what makes presence trustworthy: a connection cannot overwrite or
 * remove another connection's client IDs, and all of a connection's states disappear for
 * everyone the moment it closes — no ghost cursors.
 */
export interface AwarenessRegistry {
  apply(ownerId: string, entries: readonly AwarenessEntry[]): AwarenessApplyResult;
  /** Removes every state owned by `ownerId`; returns the removal entries to broadcast. */
  removeOwner(ownerId: string): AwarenessEntry[];
  /** All current states, to answer a new connection or a query-awareness message. */
  entries(): AwarenessEntry[];
  readonly size: number;
}

/** Creates an empty registry. `maxStateBytes` bounds one state's JSON text (UTF-16 units). */
export function createAwarenessRegistry(options: { maxStateBytes: number }): AwarenessRegistry {
  const states = new Map<number, OwnedState>();

  const applyOne = (ownerId: string, entry: AwarenessEntry): AwarenessRejection | 'accepted' | 'stale' => {
    const current = states.get(entry.clientId);
    if (current && current.ownerId !== ownerId) return 'foreign-client';
    const isRemoval = entry.stateJson === REMOVED_STATE_JSON;
    // Same rule as y-protocols: newer clock wins; an equal clock may only remove.
    if (current && (entry.clock < current.clock || (entry.clock === current.clock && !isRemoval))) return 'stale';
    if (isRemoval) {
      if (!current) return 'stale';
      states.delete(entry.clientId);
      return 'accepted';
    }
    if (entry.stateJson.length > options.maxStateBytes) return 'too-big';
    if (!isJsonObject(entry.stateJson)) return 'not-json';
    states.set(entry.clientId, { clock: entry.clock, stateJson: entry.stateJson, ownerId });
    return 'accepted';
  };

  return {
    apply(ownerId, entries) {
      const accepted: AwarenessEntry[] = [];
      const rejected: AwarenessApplyResult['rejected'][number][] = [];
      for (const entry of entries) {
        const outcome = applyOne(ownerId, entry);
        if (outcome === 'accepted') accepted.push(entry);
        else if (outcome !== 'stale') rejected.push({ clientId: entry.clientId, why: outcome });
      }
      return { accepted, rejected };
    },
    removeOwner(ownerId) {
      const removals: AwarenessEntry[] = [];
      for (const [clientId, state] of states) {
        if (state.ownerId !== ownerId) continue;
        states.delete(clientId);
        removals.push({ clientId, clock: state.clock + 1, stateJson: REMOVED_STATE_JSON });
      }
      return removals;
    },
    entries() {
      return [...states].map(([clientId, state]) => ({ clientId, clock: state.clock, stateJson: state.stateJson }));
    },
    get size() {
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
