/** One queued append and the promise waiting for its commit. */
interface PendingAppend {
  readonly doc: string;
  readonly update: Uint8Array;
  readonly resolve: (result: { seq: number }) => void;
  readonly reject: (error: unknown) => void;
}

/** Queues appends and commits them together. */
export interface AppendBatcher {
  /** Resolves with the row's seq once the transaction holding it has committed. */
  append(doc: string, update: Uint8Array): Promise<{ seq: number }>;
  /** Commits everything queued now (before a read, a compaction or close). */
  flush(): void;
}

/**
 * Group commit: appends queued during one event-loop turn are written in a single SQLite
 * transaction. A commit costs the same for one row as for fifty (it writes whole WAL pages),
 * so under load this divides the per-update cost; alone, an append waits only until the
 * current turn ends. Every promise still resolves only after its commit, and rows get seqs
 * in call order.
 */
export function createAppendBatcher(
  commit: (batch: readonly { doc: string; update: Uint8Array }[]) => number[],
  schedule: (run: () => void) => void = setImmediate,
): AppendBatcher {
  let queue: PendingAppend[] = [];
  let isScheduled = false;

  const flush = (): void => {
    isScheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    let seqs: number[];
    try {
      seqs = commit(batch);
    } catch (error) {
      // The transaction rolled back as a whole: none of these rows exist.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => item.resolve({ seq: seqs[i] as number }));
  };

  return {
    append(doc, update) {
      return new Promise((resolve, reject) => {
        queue.push({ doc, update, resolve, reject });
        if (!isScheduled) {
          isScheduled = true;
          schedule(flush);
        }
      });
    },
    flush,
  };
}
