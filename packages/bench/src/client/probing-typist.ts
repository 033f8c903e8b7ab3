import * as Y from 'yjs';
// The ledger alone (no DOM, no provider): the load generator speaks the protocol itself.
import { createSyncLedger, type SyncLedger } from '@tandem/client/sync-ledger';
import { BenchClient } from './bench-client';
import type { DeliveryLedger } from './delivery-ledger';
import { markerText, scanMarkers } from './edit-marker';
import type { Endpoint } from './observing-client';
import { SampleBuffer } from '../metrics/percentiles';

// The probe timing of @tandem/client (packages/client/src/sync-probe.ts).
const PROBE_MIN_DELAY_MS = 150;
const PROBE_MAX_DELAY_MS = 4_000;
const REMOTE = 'remote';

/**
 * A typist as `@tandem/client` drives a relay: a full replica of the document, keystrokes at
 * random places, and the "Saved" indicator's probes — a sync step 1 whose state vector is wound
 * back for the unconfirmed changes (computed by the client's own `SyncLedger`), sent 150 ms
 * after a change and backing off to 4 s while the relay has not stored it. Records how long each
 * keystroke took to be confirmed ("Saved") and, through `deliveries`, to reach the others.
 */
export class ProbingTypist {
  readonly replica = new Y.Doc();
  /** Keystroke → confirmed by the relay, ms. */
  readonly savedLatencies = new SampleBuffer();
  probesSent = 0;
  private readonly text: Y.Text;
  private readonly ledger: SyncLedger = createSyncLedger();
  private client: BenchClient | null = null;
  private unconfirmedSince: number[] = [];
  private probeTimer: NodeJS.Timeout | null = null;
  private isProbeInFlight = false;
  private probeDelayMs = PROBE_MIN_DELAY_MS;
  private lastUpdate: Uint8Array | null = null;

  constructor(
    private readonly key: number,
    textName: string,
    private readonly deliveries: DeliveryLedger,
    private readonly random: () => number,
  ) {
    this.replica.clientID = 10_000 + key;
    this.text = this.replica.getText(textName);
    this.replica.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.lastUpdate = update;
    });
  }

  /** Connects and resolves once the replica holds the relay's document. */
  async connect(endpoint: Endpoint): Promise<void> {
    this.client = await BenchClient.connect({
      ...endpoint,
      replica: this.replica,
      awarenessName: `typist-${this.key}`,
      onSyncPayload: (update, receivedAtMs) => {
        scanMarkers(update, (id) => this.deliveries.observe(this.key, id, receivedAtMs));
        Y.applyUpdate(this.replica, update, REMOTE);
      },
      onSyncStep2: (update) => this.learn(update),
    });
    await this.client.synced;
  }

  /** Types edit `id` (its marker) at a random place and sends it. */
  type(id: number): void {
    this.text.insert(Math.floor(this.random() * (this.text.length + 1)), markerText(id));
    const update = this.lastUpdate;
    this.lastUpdate = null;
    if (!update || !this.client) return;
    this.ledger.recordLocalUpdate(update);
    this.unconfirmedSince.push(performance.now());
    this.deliveries.stampSend(id, performance.now());
    this.client.sendUpdate(update);
    this.maybeProbe();
  }

  /** Keystrokes not yet confirmed. */
  get unconfirmed(): number {
    return this.unconfirmedSince.length;
  }

  stop(): void {
    if (this.probeTimer !== null) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.client?.terminate();
  }

  private learn(update: Uint8Array): void {
    this.ledger.learnServerUpdate(update);
    this.isProbeInFlight = false;
    if (!this.ledger.hasUnsyncedChanges) {
      const now = performance.now();
      for (const since of this.unconfirmedSince) this.savedLatencies.push(now - since);
      this.unconfirmedSince = [];
    }
    this.maybeProbe();
  }

  private maybeProbe(): void {
    if (!this.ledger.hasUnsyncedChanges) this.probeDelayMs = PROBE_MIN_DELAY_MS;
    if (!this.ledger.hasUnsyncedChanges || this.probeTimer !== null || this.isProbeInFlight) return;
    this.probeTimer = setTimeout(() => this.probe(), this.probeDelayMs);
  }

  private probe(): void {
    this.probeTimer = null;
    if (!this.client?.isOpen) return;
    const local = Y.decodeStateVector(Y.encodeStateVector(this.replica));
    this.isProbeInFlight = true;
    this.probesSent++;
    this.client.sendStateVector(this.ledger.probeStateVector(local));
    this.probeDelayMs = Math.min(this.probeDelayMs * 2, PROBE_MAX_DELAY_MS);
  }
}
