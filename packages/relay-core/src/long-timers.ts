import type { Clock, TimerHandle } from './ports';

/**
 * The longest delay a host timer honours. Node's (and browsers') `setTimeout` turn a longer
 * delay — and a negative or NaN one — into 1 ms, so a 30-day timer would fire at once.
 */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** Timers as a host provides them (Node's `setTimeout`), clamp included. */
export interface HostTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** One scheduled callback; re-armed chunk by chunk until it is due. */
interface LongTimer {
  hostHandle: unknown;
  isCleared: boolean;
}

/**
 * The `setTimeout`/`clearTimeout` half of a {@link Clock} over host timers, honouring any delay:
 * delays beyond {@link MAX_TIMER_DELAY_MS} are scheduled in chunks, each re-armed for what is
 * left by `now()`. Both the system clock and the test-kit's fake clock use this, so a fake-clock
 * test exercises the same scheduling path as production.
 */
export function createLongTimers(host: HostTimers, now: () => number): Pick<Clock, 'setTimeout' | 'clearTimeout'> {
  return {
    setTimeout(callback, delayMs) {
      const dueAt = now() + (Number.isFinite(delayMs) ? Math.max(0, delayMs) : delayMs > 0 ? Infinity : 0);
      const timer: LongTimer = { hostHandle: null, isCleared: false };
      const arm = (): void => {
        if (timer.isCleared) return;
        const remaining = Math.max(0, dueAt - now());
        timer.hostHandle = remaining > MAX_TIMER_DELAY_MS ? host.setTimeout(arm, MAX_TIMER_DELAY_MS) : host.setTimeout(callback, remaining);
      };
      arm();
      return timer as unknown as TimerHandle;
    },
    clearTimeout(handle) {
      const timer = handle as unknown as LongTimer;
      timer.isCleared = true;
      host.clearTimeout(timer.hostHandle);
    },
  };
}
