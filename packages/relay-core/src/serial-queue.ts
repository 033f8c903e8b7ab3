/**
 * Runs async jobs one at a time, in submission order. Each document has one, so its updates
 * are stored and then broadcast in exactly the order they arrived, and compaction never
 * interleaves with an append.
 */
export interface SerialQueue {
  push(job: () => Promise<void>): void;
  /** Resolves once every job pushed so far has finished. */
  whenIdle(): Promise<void>;
  readonly length: number;
}

/** Creates a SerialQueue. Jobs must not throw (they handle their own failures). */
export function createSerialQueue(): SerialQueue {
  let jobs: (() => Promise<void>)[] = [];
  let head = 0;
  let running: Promise<void> | null = null;

  const drain = async (): Promise<void> => {
    while (head < jobs.length) {
      const job = jobs[head++] as () => Promise<void>;
      await job();
    }
    jobs = [];
    head = 0;
    running = null;
  };

  return {
    push(job) {
      jobs.push(job);
      running ??= drain();
    },
    whenIdle: () => running ?? Promise.resolve(),
    get length() {
      return jobs.length - head;
    },
  };
}
