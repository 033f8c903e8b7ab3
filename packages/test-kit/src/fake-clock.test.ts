import { describe, expect, it } from 'vitest';
import { createFakeClock } from './fake-clock';

const MAX_DELAY_MS = 2 ** 31 - 1;
const DAY_MS = 86_400_000;

describe('fake clock', () => {
  it('fires due timers in order and moves time to each due time', () => {
    const clock = createFakeClock(1_000);
    const fired: [string, number][] = [];
    clock.setTimeout(() => fired.push(['b', clock.now()]), 20);
    clock.setTimeout(() => fired.push(['a', clock.now()]), 10);
    const cancelled = clock.setTimeout(() => fired.push(['x', clock.now()]), 15);
    clock.clearTimeout(cancelled);
    clock.advance(15);
    expect(fired).toEqual([['a', 1_010]]);
    clock.advance(5);
    expect(fired).toEqual([['a', 1_010], ['b', 1_020]]);
    expect(clock.now()).toBe(1_020);
    expect(clock.pendingTimers).toBe(0);
  });

  // The host timers under the clock behave like Node's: a delay over 2^31-1 ms becomes 1 ms.
  it('models the setTimeout clamp of the host timers', () => {
    const clock = createFakeClock();
    let fired = false;
    clock.host.setTimeout(() => (fired = true), 30 * DAY_MS);
    clock.advance(1);
    expect(fired).toBe(true);
  });

  it('honours delays beyond the clamp through the Clock port, as the system clock does', () => {
    const clock = createFakeClock();
    let firedAt: number | null = null;
    clock.setTimeout(() => (firedAt = clock.now()), 30 * DAY_MS);
    clock.advance(1);
    expect(firedAt).toBeNull();
    clock.advance(MAX_DELAY_MS);
    expect(firedAt).toBeNull();
    expect(clock.pendingTimers).toBe(1);
    clock.advance(30 * DAY_MS - MAX_DELAY_MS - 2);
    expect(firedAt).toBeNull();
    clock.advance(1);
    expect(firedAt).toBe(30 * DAY_MS);
    expect(clock.pendingTimers).toBe(0);
  });

  it('cancels a long timer between its chunks', () => {
    const clock = createFakeClock();
    let fired = false;
    const handle = clock.setTimeout(() => (fired = true), 60 * DAY_MS);
    clock.advance(MAX_DELAY_MS + 10);
    clock.clearTimeout(handle);
    clock.advance(60 * DAY_MS);
    expect(fired).toBe(false);
    expect(clock.pendingTimers).toBe(0);
  });
});
