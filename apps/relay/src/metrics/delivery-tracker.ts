/** Updates awaiting their broadcast, per document, beyond which the oldest are forgotten. */
const MAX_PENDING_PER_DOC = 256;

interface Pending {
  readonly update: Uint8Array;
  readonly acceptedAt: number;
}

/**
 * Measures delivery latency at the edges, without hooks in the core: the store wrapper reports
 * each update as it is accepted (its append issued), and the connection wrapper reports each
 * update message sent. The core broadcasts a document's updates in append order, one frame
 * object to every recipient, framed as `[0, 2, length, ...update]`; so the first send of a new
 * frame whose payload equals a pending update is that update's delivery. Updates nobody
 * receives (the only connection, a failed append) are dropped when a later one matches.
 */
export function createDeliveryTracker(observe: (seconds: number) => void, now: () => number = () => performance.now()) {
  const pending = new Map<string, Pending[]>();
  const audience = new Map<string, number>();
  const seenFrames = new WeakSet<Uint8Array>();

  return {
    /** A connection to `doc` opened (only documents with two or more are tracked). */
    joined(doc: string): void {
      audience.set(doc, (audience.get(doc) ?? 0) + 1);
    },
    /** A connection to `doc` closed. */
    left(doc: string): void {
      const count = (audience.get(doc) ?? 1) - 1;
      if (count > 0) return void audience.set(doc, count);
      audience.delete(doc);
      pending.delete(doc);
    },
    /** The store was asked to append `update` to `doc`. */
    accepted(doc: string, update: Uint8Array): void {
      if ((audience.get(doc) ?? 0) < 2) return;
      const queue = pending.get(doc) ?? [];
      if (queue.length >= MAX_PENDING_PER_DOC) queue.shift();
      queue.push({ update, acceptedAt: now() });
      pending.set(doc, queue);
    },
    /** An update message `frame` is being sent to a connection of `doc`. */
    sent(doc: string, frame: Uint8Array): void {
      if (seenFrames.has(frame)) return;
      seenFrames.add(frame);
      const queue = pending.get(doc);
      if (!queue) return;
      const index = queue.findIndex((entry) => isFrameOf(frame, entry.update));
      if (index === -1) return;
      observe((now() - (queue[index] as Pending).acceptedAt) / 1_000);
      queue.splice(0, index + 1);
    },
  };
}

/** The delivery tracker shared by the store and connection wrappers. */
export type DeliveryTracker = ReturnType<typeof createDeliveryTracker>;

/** Whether `frame` ends with exactly `update` after a sync-update header. */
function isFrameOf(frame: Uint8Array, update: Uint8Array): boolean {
  const offset = frame.byteLength - update.byteLength;
  // Header: message type, sync step, then the varuint length (1–5 bytes).
  if (offset < 3 || offset > 7) return false;
  for (let i = 0; i < update.byteLength; i++) if (frame[offset + i] !== update[i]) return false;
  return true;
}
