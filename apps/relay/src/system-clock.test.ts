import { describe, expect, it } from 'vitest';
import { systemClock } from './system-clock';

describe('systemClock', () => {
  // Node's setTimeout turns delays over 2^31-1 ms (24.8 days) into 1 ms.
  it('honours delays beyond the setTimeout clamp: a 30-day timer does not fire before a 50 ms one', async () => {
    const fired: string[] = [];
    const month = systemClock.setTimeout(() => fired.push('30 days'), 30 * 86_400_000);
    await new Promise<void>((resolve) => systemClock.setTimeout(() => {
      fired.push('50 ms');
      resolve();
    }, 50));
    systemClock.clearTimeout(month);
    expect(fired).toEqual(['50 ms']);
  });

  it('fires ordinary timers and cancels them', async () => {
    const fired: string[] = [];
    const cancelled = systemClock.setTimeout(() => fired.push('cancelled'), 5);
    systemClock.clearTimeout(cancelled);
    await new Promise<void>((resolve) => systemClock.setTimeout(resolve, 20));
    expect(fired).toEqual([]);
  });
});
