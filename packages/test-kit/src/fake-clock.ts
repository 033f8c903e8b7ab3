import { createLongTimers, MAX_TIMER_DELAY_MS, type Clock, type HostTimers } from '@tandem/relay-core';

/** A Clock whose time moves only when a test says so. */
export interface FakeClock extends Clock {
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void;
  /** Timers not yet fired or cleared. */
  readonly pendingTimers: number;
  /**
   * The modelled host timers under the clock, with Node's `setTimeout` semantics: a delay over
   * 2^31-1 ms, under 1 ms or NaN becomes 1 ms. The Clock methods schedule on them through
   * `createLongTimers`, exactly as the system clock schedules on Node's timers.
   */
  readonly host: HostTimers;
}

/** Node's rule for the delay it really uses. */
function hostDelay(delayMs: number): number {
  return delayMs > MAX_TIMER_DELAY_MS || !(delayMs >= 1) ? 1 : delayMs;
}

/** Creates a fake clock starting at `startMs`. */
export function createFakeClock(startMs = 0): FakeClock {
  let now = startMs;
  let nextId = 1;
  const timers = new Map<number, { dueAt: number; callback: () => void }>();
  const host: HostTimers = {
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { dueAt: now + hostDelay(delayMs), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };

  return {
    now: () => now,
    ...createLongTimers(host, () => now),
    host,
    advance(ms) {
      const target = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.dueAt <= target).sort((a, b) => a[1].dueAt - b[1].dueAt || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].dueAt;
        due[1].callback();
      }
      now = target;
    },
    get pendingTimers() {
      return timers.size;
    },
  };
}
