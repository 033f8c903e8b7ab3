/**
 * Runs async jobs one at a time, in submission order. Each document has one, so its updates
 * are stored and then broadcast in exactly the order they arrived, and compaction never
 * interleaves with an append.
 */
export interface SerialQueue {
  push(job: () => Promise<void>): void;
  /** Resolves once every job pushed so far has finished. Never rejects. */
  whenIdle(): Promise<void>;
  readonly length: number;
}

/** What the queue does with a job that failed anyway. */
export interface SerialQueueDeps {
  /** Called with whatever a job threw or rejected with; the next job runs regardless. */
  readonly onJobError: (error: unknown) => void;
}

interface Node {
  readonly job: () => Promise<void>;
  next: Node | null;
}

/**
 * Creates a SerialQueue. Jobs should handle their own failures, but the queue does not rely
 * on it: one that throws is reported and skipped, never a wedge for every write after it. Jobs
 * are held in a linked list, so a queue that never idles (a busy document on an async store)
 * lets go of each job as soon as it has run.
 */
export function createSerialQueue(deps: SerialQueueDeps): SerialQueue {
  let head: Node | null = null;
  let tail: Node | null = null;
  let length = 0;
  let running: Promise<void> | null = null;

  const runOne = async (job: () => Promise<void>): Promise<void> => {
    try {
      await job();
    } catch (error) {
      deps.onJobError(error);
    }
  };

  const drain = async (): Promise<void> => {
    while (head !== null) {
      const { job } = head;
      head = head.next;
      if (head === null) tail = null;
      length--;
      await runOne(job);
    }
    running = null;
  };

  return {
    push(job) {
      const node: Node = { job, next: null };
      if (tail === null) head = tail = node;
      else tail = tail.next = node;
      length++;
      running ??= drain();
    },
    whenIdle: () => running ?? Promise.resolve(),
    get length() {
      return length;
    },
  };
}
