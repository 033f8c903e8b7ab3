import { createLongTimers, type Clock } from '@tandem/relay-core';

/** Node timers that do not keep the process alive (the relay decides when it exits). */
const hostTimers = {
  setTimeout(callback: () => void, delayMs: number): NodeJS.Timeout {
    const timer = setTimeout(callback, delayMs);
    timer.unref();
    return timer;
  },
  clearTimeout(handle: unknown) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

/** The real clock: wall time, and timers that honour delays beyond setTimeout's 24.8-day clamp. */
export const systemClock: Clock = {
  now: () => Date.now(),
  ...createLongTimers(hostTimers, () => Date.now()),
};
