/** One append waiting for the transaction that will hold it. */
export interface QueuedAppend {
  readonly doc: string;
  readonly update: Uint8Array;
}

interface PendingAppend extends QueuedAppend {
  readonly resolve: (result: { seq: number }) => void;
  readonly reject: (error: unknown) => void;
}

/** Limits of the group commit. */
export interface BatchLimits {
  /** Most appends in one transaction. */
  readonly maxAppends: number;
  /** Most update bytes in one transaction (a single bigger update still goes, alone). */
  readonly maxBytes: number;
  /** Transactions in flight at once, each over documents no other one holds. */
  readonly maxConcurrent: number;
  /**
   * Exclusive jobs (compactions) running at once. Documents that fill up together compact
   * together; without a cap they would take every pooled connection and appends would queue
   * for one. Default 1.
   */
  readonly maxConcurrentExclusive?: number;
}

/** Queues appends and commits them in groups. */
export interface AppendBatcher {
  /** Resolves with the row's seq once the transaction holding it has committed. */
  append(doc: string, update: Uint8Array): Promise<{ seq: number }>;
  /** Resolves once every append made before this call has settled (read-your-writes). */
  settled(): Promise<void>;
  /**
   * Runs `job` (a transaction that locks `doc`'s row, e.g. a compaction) while no group commit
   * holds `doc`; that document's appends wait in the queue until it is done, other documents'
   * appends go on committing.
   */
  exclusive<T>(doc: string, job: () => Promise<T>): Promise<T>;
}

interface ExclusiveJob {
  readonly doc: string;
  readonly start: () => void;
}

/**
 * Group commit over an asynchronous database. A commit waits for one WAL flush, which costs
 * about the same for one row as for a hundred, so appends that arrive while a document's
 * transaction is in flight queue up and go together in its next one.
 *
 * Per document, transactions are strictly one after another: that is what keeps seqs in call
 * order (two transactions racing for a document's row lock could take it in either order).
 * Across documents they overlap, up to `maxConcurrent`: an edit to a quiet document never
 * waits behind a busy one's flush, and PostgreSQL folds concurrent commits into one flush.
 * Every promise resolves only after its COMMIT returned; a failed transaction rejects exactly
 * the appends it held, and later ones still run.
 *
 * A compaction locks its document's row for a few round trips. Run through `exclusive`, it
 * never overlaps a group commit holding that document, so it delays only that document's
 * appends: inside a batch, the row lock would hold up every other document's appends too.
 */
export function createAppendBatcher(
  commit: (batch: readonly QueuedAppend[]) => Promise<number[]>,
  limits: BatchLimits,
  schedule: (run: () => void) => void = setImmediate,
): AppendBatcher {
  let queue: PendingAppend[] = [];
  // Exclusive jobs waiting for their document to be free; they go before its queued appends.
  let exclusives: ExclusiveJob[] = [];
  const busyDocs = new Set<string>();
  let inFlight = 0;
  let isScheduled = false;
  let allSettled: Promise<unknown> = Promise.resolve();

  /** Takes, in call order, the queued appends whose documents have no transaction in flight. */
  const takeBatch = (): PendingAppend[] => {
    const batch: PendingAppend[] = [];
    const kept: PendingAppend[] = [];
    // Documents with an append left queued: their later appends stay too (call order).
    const held = new Set<string>();
    let bytes = 0;
    for (const item of queue) {
      const isFull = batch.length >= limits.maxAppends || (batch.length > 0 && bytes + item.update.byteLength > limits.maxBytes);
      if (isFull || busyDocs.has(item.doc) || held.has(item.doc)) {
        kept.push(item);
        held.add(item.doc);
        continue;
      }
      batch.push(item);
      bytes += item.update.byteLength;
    }
    queue = kept;
    return batch;
  };

  let exclusivesRunning = 0;
  const maxExclusives = limits.maxConcurrentExclusive ?? 1;

  const startFreeExclusives = (): void => {
    const waiting: ExclusiveJob[] = [];
    for (const job of exclusives) {
      if (exclusivesRunning >= maxExclusives || busyDocs.has(job.doc)) waiting.push(job);
      else {
        busyDocs.add(job.doc);
        exclusivesRunning++;
        job.start();
      }
    }
    exclusives = waiting;
  };

  const pump = (): void => {
    isScheduled = false;
    startFreeExclusives();
    while (inFlight < limits.maxConcurrent && queue.length > 0) {
      const batch = takeBatch();
      if (batch.length === 0) return;
      const docs = new Set(batch.map((item) => item.doc));
      for (const doc of docs) busyDocs.add(doc);
      inFlight++;
      void commit(batch).then(
        (seqs) => batch.forEach((item, i) => item.resolve({ seq: seqs[i] as number })),
        // The transaction rolled back as a whole (or its outcome is unknown): no ack for any.
        (error: unknown) => batch.forEach((item) => item.reject(error)),
      ).finally(() => {
        for (const doc of docs) busyDocs.delete(doc);
        inFlight--;
        pump();
      });
    }
  };

  return {
    append(doc, update) {
      const promise = new Promise<{ seq: number }>((resolve, reject) => {
        queue.push({ doc, update, resolve, reject });
      });
      allSettled = Promise.all([allSettled, promise.catch(() => undefined)]);
      if (!isScheduled) {
        isScheduled = true;
        // Wait for the current event-loop turn to end so a burst shares one commit.
        schedule(pump);
      }
      return promise;
    },
    settled: () => allSettled.then(() => undefined),
    exclusive(doc, job) {
      return new Promise((resolve, reject) => {
        exclusives.push({
          doc,
          start: () => {
            // Through a promise, so a job that throws before returning one still frees its doc.
            void Promise.resolve().then(job).then(resolve, reject).finally(() => {
              busyDocs.delete(doc);
              exclusivesRunning--;
              pump();
            });
          },
        });
        // Not pump(): that would cut short the event-loop turn that appends are gathered in.
        startFreeExclusives();
      });
    },
  };
}
