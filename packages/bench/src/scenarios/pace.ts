/**
 * Fires `count` events at `startMs + offsetMs(i)` (performance.now() clock), in order, from one
 * timer chain rather than one timer per client. A late event fires at once rather than being
 * dropped, so the offered load is the same for every relay even when the load generator lags.
 */
export async function pace(count: number, offsetMs: (index: number) => number, fire: (index: number) => void): Promise<void> {
  const startMs = performance.now();
  let index = 0;
  while (index < count) {
    const now = performance.now();
    while (index < count && startMs + offsetMs(index) <= now) fire(index++);
    if (index < count) {
      const waitMs = startMs + offsetMs(index) - performance.now();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, waitMs)));
    }
  }
}
