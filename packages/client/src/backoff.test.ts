import { describe, expect, it } from 'vitest';
import { computeBackoffMs, longBackoff, normalBackoff } from './backoff';

describe('computeBackoffMs', () => {
  it('doubles the ceiling per attempt and stays within [ceiling/2, ceiling]', () => {
    expect(computeBackoffMs(1, normalBackoff, () => 0)).toBe(250);
    expect(computeBackoffMs(1, normalBackoff, () => 1)).toBe(500);
    expect(computeBackoffMs(2, normalBackoff, () => 0)).toBe(500);
    expect(computeBackoffMs(3, normalBackoff, () => 1)).toBe(2_000);
  });

  it('never exceeds the maximum, however many attempts failed', () => {
    expect(computeBackoffMs(50, normalBackoff, () => 1)).toBe(normalBackoff.maxMs);
    expect(computeBackoffMs(1_000, longBackoff, () => 0.999)).toBeLessThanOrEqual(longBackoff.maxMs);
  });

  it('spreads clients: different random draws give different delays', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.95].map((r) => computeBackoffMs(4, normalBackoff, () => r)));
    expect(delays.size).toBe(4);
  });

  it('starts the long backoff much later than the normal one', () => {
    expect(computeBackoffMs(1, longBackoff, () => 0)).toBeGreaterThanOrEqual(2_500);
  });
});
