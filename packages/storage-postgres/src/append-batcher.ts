/** One append waiting for the transaction that will hold it. */
export interface QueuedAppend {
  readonly doc: string;
  readonly update: Uint8Array;
}

interface PendingAppend extends QueuedAppend {
  readonly resolve: (result: { seq: number }) => void;
  readonly reject: (error: unknown) => void;
}

/** Limits of one group commit. */
export interface BatchLimits {
  readonly maxAppends: number;
  readonly maxBytes: number;
}

/** Queues appends and commits them together, one transaction at a time. */
export interface AppendBatcher {
  /** Resolves with the row's seq once the transaction holding it has committed. */
  append(doc: string, update: Uint8Array): Promise<{ seq: number }>;
  /** Resolves once every append made before this call has settled (read-your-writes). */
  settled(): Promise<void>;
}

/**
 * Group commit over an asynchronous database. Appends made while a transaction is in flight
 * queue up and go together in the next one: a commit (one WAL flush) costs about the same
 * for one row as for a hundred, so under load the per-update cost falls while an idle store
 * commits at once. Only one transaction is in flight at a time, which is what keeps seqs in
 * call order (two concurrent transactions could take a document's row lock in either order).
 * Every promise resolves only after its COMMIT returned; a failed transaction rejects exactly
 * the appends it held, and the next batch still runs.
 */
export function createAppendBatcher(
  commit: (batch: readonly QueuedAppend[]) => Promise<number[]>,
  limits: BatchLimits,
  schedule: (run: () => void) => void = setImmediate,
): AppendBatcher {
  let queue: PendingAppend[] = [];
  let isRunning = false;
  let lastSettled: Promise<void> = Promise.resolve();

  const takeBatch = (): PendingAppend[] => {
    let bytes = 0;
    let count = 0;
    // At least one, however big, so an oversized update cannot wedge the queue.
    while (count < queue.length && count < limits.maxAppends) {
      bytes += queue[count]!.update.byteLength;
      if (count > 0 && bytes > limits.maxBytes) break;
      count++;
    }
    const batch = queue.slice(0, count);
    queue = queue.slice(count);
    return batch;
  };

  const run = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = takeBatch();
      let seqs: number[];
      try {
        seqs = await commit(batch);
      } catch (error) {
        // The transaction rolled back as a whole (or its outcome is unknown): no ack for any.
        for (const item of batch) item.reject(error);
        continue;
      }
      batch.forEach((item, i) => item.resolve({ seq: seqs[i] as number }));
    }
    isRunning = false;
  };

  return {
    append(doc, update) {
      const promise = new Promise<{ seq: number }>((resolve, reject) => {
        queue.push({ doc, update, resolve, reject });
      });
      lastSettled = promise.then(
        () => undefined,
        () => undefined,
      );
      if (!isRunning) {
        isRunning = true;
        // Wait for the current event-loop turn to end so a burst shares the first commit too.
        schedule(() => void run());
      }
      return promise;
    },
    settled: () => lastSettled,
  };
}
