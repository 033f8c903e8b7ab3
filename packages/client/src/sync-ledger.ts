import * as Y from 'yjs';

/**
 * Keeps account of which local changes the relay is known to hold.
 *
 * y-websocket has no acknowledgements, so "saved" is learned from what the relay sends back:
 * its state vector when a socket opens (sync step 1) and its state in answer to our state
 * vector (sync step 2, which always carries the relay's whole delete set). A probe is a sync
 * step 1 whose vector is wound back for the clients we wait for, so the answer includes those
 * structs if — and only if — the relay has stored them. The relay answers from its durable
 * state, so a confirmation here means the change survived the relay, not just the socket.
 */
export interface SyncLedger {
  /** A change made on this device (typing, seeding). */
  recordLocalUpdate(update: Uint8Array): void;
  /** The relay's state vector, from its sync step 1. */
  learnServerStateVector(stateVector: Uint8Array): void;
  /** An update the relay sent: its sync step 2 answer. */
  learnServerUpdate(update: Uint8Array): void;
  /** Whether some local change is not known to be on the relay. */
  readonly hasUnsyncedChanges: boolean;
  /** Forgets every unconfirmed change: the relay refused them, so they will never be confirmed. */
  discardPending(): void;
  /** The merged local changes still waiting for confirmation, or null. */
  pendingUpdate(): Uint8Array | null;
  /** The state vector to send in a probe: `localStateVector` wound back where we wait. */
  probeStateVector(localStateVector: Map<number, number>): Uint8Array;
}

/** Creates a ledger, optionally with changes left unconfirmed by an earlier page load. */
export function createSyncLedger(initialPending: Uint8Array | null = null): SyncLedger {
  let pending: Uint8Array | null = initialPending;
  const serverClocks = new Map<number, number>();
  let serverDeletes = Y.createDeleteSet();

  const raiseClock = (client: number, clock: number): void => {
    if ((serverClocks.get(client) ?? 0) < clock) serverClocks.set(client, clock);
  };

  // Drop what the relay is known to hold; clear entirely once every struct and deletion is there.
  const settle = (): void => {
    if (pending === null) return;
    const known = new Y.Snapshot(serverDeletes, serverClocks);
    if (Y.snapshotContainsUpdate(known, pending)) {
      pending = null;
      return;
    }
    pending = Y.diffUpdate(pending, Y.encodeStateVector(serverClocks));
  };

  return {
    recordLocalUpdate(update) {
      pending = pending === null ? update : Y.mergeUpdates([pending, update]);
    },
    learnServerStateVector(stateVector) {
      for (const [client, clock] of Y.decodeStateVector(stateVector)) raiseClock(client, clock);
      settle();
    },
    learnServerUpdate(update) {
      for (const [client, clock] of Y.parseUpdateMeta(update).to) raiseClock(client, clock);
      serverDeletes = Y.mergeDeleteSets([serverDeletes, Y.decodeUpdate(update).ds]);
      settle();
    },
    get hasUnsyncedChanges() {
      return pending !== null;
    },
    discardPending() {
      pending = null;
    },
    pendingUpdate: () => pending,
    probeStateVector(localStateVector) {
      const vector = new Map(localStateVector);
      if (pending !== null) {
        for (const [client, from] of Y.parseUpdateMeta(pending).from) {
          vector.set(client, Math.min(vector.get(client) ?? 0, serverClocks.get(client) ?? from));
        }
      }
      return Y.encodeStateVector(vector);
    },
  };
}
