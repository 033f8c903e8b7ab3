import { REMOVED_STATE_JSON, type AwarenessEntry } from '@tandem/protocol';

interface RemoteState {
  readonly clock: number;
  readonly stateJson: string;
  /** When the state was last set or renewed, on the relay's clock. */
  readonly renewedAt: number;
}

/**
 * Presence of clients connected to OTHER relays, as learnt over the fan-out. Kept apart from the
 * room's own registry because nobody here can vouch for it: a remote relay may die without a
 * word, so a state that is not renewed within the awareness timeout expires (y-protocols clients
 * renew theirs every 15 s, well inside the 30 s timeout).
 */
export interface RemoteAwareness {
  /** Applies remote entries; returns those that changed something (to forward to local clients). */
  apply(entries: readonly AwarenessEntry[], now: number): AwarenessEntry[];
  /** Removes states not renewed for `timeoutMs`; returns the removal entries to forward. */
  expire(now: number, timeoutMs: number): AwarenessEntry[];
  /** Forgets a client without announcing it (a local session took it over). */
  forget(clientId: number): void;
  /**
   * The clock of what we hold or recently removed for `clientId`, else null. Stock y-websocket
   * clients echo every presence change they receive back to their relay; an entry at or below
   * this clock is such an echo (or stale) and must not become a local client's state.
   */
  heldClock(clientId: number): number | null;
  /** When the next state would expire, or null when there is none. */
  nextExpiryAt(timeoutMs: number): number | null;
  entries(): AwarenessEntry[];
  readonly size: number;
}

/** Creates an empty registry; states over `maxStateBytes` (JSON text length) are refused. */
export function createRemoteAwareness(options: { maxStateBytes: number }): RemoteAwareness {
  const states = new Map<number, RemoteState>();
  /** Removed or expired states, kept for one timeout so late echoes of them are recognised. */
  const removed = new Map<number, { readonly clock: number; readonly at: number }>();

  const applyOne = (entry: AwarenessEntry, now: number): boolean => {
    const current = states.get(entry.clientId);
    const isRemoval = entry.stateJson === REMOVED_STATE_JSON;
    // y-protocols' rule: a newer clock wins; an equal clock may only remove.
    if (current && (entry.clock < current.clock || (entry.clock === current.clock && !isRemoval))) return false;
    if (isRemoval) {
      if (!current) return false;
      states.delete(entry.clientId);
      removed.set(entry.clientId, { clock: current.clock, at: now });
      return true;
    }
    // The sending relay validated it, but whatever reaches our clients must not break them.
    if (entry.stateJson.length > options.maxStateBytes || !isJsonObject(entry.stateJson)) return false;
    states.set(entry.clientId, { clock: entry.clock, stateJson: entry.stateJson, renewedAt: now });
    removed.delete(entry.clientId);
    return true;
  };

  return {
    apply(entries, now) {
      return entries.filter((entry) => applyOne(entry, now));
    },
    expire(now, timeoutMs) {
      const removals: AwarenessEntry[] = [];
      for (const [clientId, state] of states) {
        if (now - state.renewedAt < timeoutMs) continue;
        states.delete(clientId);
        removed.set(clientId, { clock: state.clock, at: now });
        removals.push({ clientId, clock: state.clock + 1, stateJson: REMOVED_STATE_JSON });
      }
      for (const [clientId, tombstone] of removed) if (now - tombstone.at >= timeoutMs) removed.delete(clientId);
      return removals;
    },
    forget(clientId) {
      states.delete(clientId);
      removed.delete(clientId);
    },
    heldClock(clientId) {
      return states.get(clientId)?.clock ?? removed.get(clientId)?.clock ?? null;
    },
    nextExpiryAt(timeoutMs) {
      let earliest: number | null = null;
      for (const { renewedAt } of states.values()) if (earliest === null || renewedAt < earliest) earliest = renewedAt;
      for (const { at } of removed.values()) if (earliest === null || at < earliest) earliest = at;
      return earliest === null ? null : earliest + timeoutMs;
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
