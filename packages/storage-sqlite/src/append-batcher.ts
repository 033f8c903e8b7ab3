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

/** How the batcher waits; real timers by default, replaceable in tests. */
export interface AppendBatcherTiming {
  /** Runs `run` once the current event-loop turn is over. Default `setImmediate`. */
  readonly schedule?: (run: () => void) => void;
  /**
   * Commits start at least this long apart (default 1 ms). An append after a quiet spell
   * commits at the end of its turn as before; under load, appends arriving within a
   * millisecond of the last commit wait for the next one, so each commit carries more rows.
   */
  readonly minCommitIntervalMs?: number;
  /** Monotonic clock in ms. Default `performance.now`. */
  readonly now?: () => number;
  /** Runs `run` after `ms`. Default `setTimeout`. */
  readonly delay?: (run: () => void, ms: number) => { cancel(): void };
}

const realDelay = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return { cancel: () => clearTimeout(timer) };
};

/**
 * Group commit: appends queued during one event-loop turn — and, under load, during the
 * millisecond since the previous commit — are written in a single SQLite transaction. A
 * commit costs the same for one row as for fifty (it writes whole WAL pages, and the
 * transaction's fixed cost was a fifth of the relay's CPU at 2,500 edits/s), so this divides
 * the per-update cost, at most one millisecond of added latency and only while busy. Every
 * promise still resolves only after its commit, and rows get seqs in call order.
 */
export function createAppendBatcher(
  commit: (batch: readonly { doc: string; update: Uint8Array }[]) => number[],
  timing: AppendBatcherTiming = {},
): AppendBatcher {
  const { schedule = setImmediate, minCommitIntervalMs = 1, now = () => performance.now(), delay = realDelay } = timing;
  let queue: PendingAppend[] = [];
  let isScheduled = false;
  let pacingTimer: { cancel(): void } | null = null;
  let lastCommitAt = Number.NEGATIVE_INFINITY;

  const flush = (): void => {
    isScheduled = false;
    pacingTimer?.cancel();
    pacingTimer = null;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    lastCommitAt = now();
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

  const scheduleFlush = (): void => {
    isScheduled = true;
    const wait = lastCommitAt + minCommitIntervalMs - now();
    if (wait > 0) pacingTimer = delay(flush, wait);
    else schedule(flush);
  };

  return {
    append(doc, update) {
      return new Promise((resolve, reject) => {
        queue.push({ doc, update, resolve, reject });
        if (!isScheduled) scheduleFlush();
      });
    },
    flush,
  };
}
