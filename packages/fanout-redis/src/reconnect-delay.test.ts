import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './reconnect-delay';

describe('reconnectDelayMs', () => {
  it('doubles from 50 ms and stops at the cap, forever', () => {
    const upper = (attempt: number) => reconnectDelayMs(attempt, 2_000, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7].map(upper)).toEqual([50, 100, 200, 400, 800, 1_600, 2_000]);
    expect(upper(10_000)).toBe(2_000);
  });

  it('jitters down by at most 20 %', () => {
    expect(reconnectDelayMs(3, 2_000, () => 0)).toBe(160);
  });
});
