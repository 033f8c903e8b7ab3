import type { Clock, TimerHandle } from '@tandem/relay-core';

/** A Clock whose time moves only when a test says so. */
export interface FakeClock extends Clock {
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void;
  /** Timers not yet fired or cleared. */
  readonly pendingTimers: number;
}

/** Creates a fake clock starting at `startMs`. */
export function createFakeClock(startMs = 0): FakeClock {
  let now = startMs;
  let nextId = 1;
  const timers = new Map<number, { dueAt: number; callback: () => void }>();

  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { dueAt: now + delayMs, callback });
      return id as TimerHandle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
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
