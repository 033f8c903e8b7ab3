/**
 * Runs at most `max` async jobs at once, the rest in arrival order. The relay shares one among
 * its rooms' fan-out catch-ups: after a Redis outage every loaded room wants to re-read its
 * document at the same moment, and the shared store should not get thousands of loads at once.
 */
export type ConcurrencyLimit = <T>(job: () => Promise<T>) => Promise<T>;

/** Creates a limit of `max` concurrent jobs. */
export function createConcurrencyLimit(max: number): ConcurrencyLimit {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  return async (job) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      release();
    }
  };
}
