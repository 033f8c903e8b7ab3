import { SampleBuffer } from '../metrics/percentiles';

/**
 * Books every marked edit (who wrote it, when it was sent) and every time a client observes
 * one, giving edit→observation latencies and delivery counts. Writers and readers live in this
 * one process, so both timestamps come from the same monotonic clock.
 */
export class DeliveryLedger {
  private sentAtMs = new Float64Array(1024);
  private authors = new Int32Array(1024);
  private sent = 0;
  private readonly seenByClient = new Map<number, Set<number>>();
  private readonly observedCount = new Map<number, number>();
  /** Latency of each (edit, other client) pair, in ms. */
  readonly latencies = new SampleBuffer();
  /** Observations of an edit by its own author (relays that echo updates back). */
  echoes = 0;
  /** Markers that did not match any edit sent (would reveal a scanning bug). */
  unknown = 0;

  /** Registers an edit by `author` sent now; returns its id (to put in its marker). */
  recordSend(author: number, sentAtMs: number = performance.now()): number {
    if (this.sent === this.sentAtMs.length) this.grow();
    this.sentAtMs[this.sent] = sentAtMs;
    this.authors[this.sent] = author;
    return this.sent++;
  }

  /** Corrects the send time of `id` (set just before the frame is handed to the socket). */
  stampSend(id: number, sentAtMs: number): void {
    this.sentAtMs[id] = sentAtMs;
  }

  /** Records that `client` observed edit `id` at `atMs`; repeated observations count once. */
  observe(client: number, id: number, atMs: number): void {
    if (id < 0 || id >= this.sent) {
      this.unknown++;
      return;
    }
    if (this.authors[id] === client) {
      this.echoes++;
      return;
    }
    let seen = this.seenByClient.get(client);
    if (!seen) {
      seen = new Set();
      this.seenByClient.set(client, seen);
    }
    if (seen.has(id)) return;
    seen.add(id);
    this.observedCount.set(id, (this.observedCount.get(id) ?? 0) + 1);
    this.latencies.push(atMs - this.sentAtMs[id]!);
  }

  /** Number of edits sent so far. */
  get sentCount(): number {
    return this.sent;
  }

  /** Total (edit, other client) deliveries observed. */
  get deliveredCount(): number {
    return this.latencies.length;
  }

  /** How many clients observed edit `id`. */
  observersOf(id: number): number {
    return this.observedCount.get(id) ?? 0;
  }

  /** How many distinct edits `client` has observed. */
  seenBy(client: number): number {
    return this.seenByClient.get(client)?.size ?? 0;
  }

  private grow(): void {
    const sentAt = new Float64Array(this.sentAtMs.length * 2);
    sentAt.set(this.sentAtMs);
    this.sentAtMs = sentAt;
    const authors = new Int32Array(this.authors.length * 2);
    authors.set(this.authors);
    this.authors = authors;
  }
}
