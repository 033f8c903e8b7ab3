import { describe, expect, it } from 'vitest';
import { shouldCompact } from './compaction-policy';

const thresholds = { maxUpdates: 500, maxBytes: 1_000_000 };

describe('shouldCompact', () => {
  it('never compacts an empty log', () => {
    expect(shouldCompact({ count: 0, bytes: 0 }, 0, thresholds)).toBe(false);
  });

  it('compacts small documents at the configured count or size', () => {
    expect(shouldCompact({ count: 499, bytes: 10_000 }, 1_000, thresholds)).toBe(false);
    expect(shouldCompact({ count: 500, bytes: 10_000 }, 1_000, thresholds)).toBe(true);
    expect(shouldCompact({ count: 3, bytes: 1_000_000 }, 1_000, thresholds)).toBe(true);
  });

  it('scales the thresholds with big snapshots so cost per update stays flat', () => {
    const big = 640 * 1024; // 10× the unscaled size
    expect(shouldCompact({ count: 4_999, bytes: 100_000 }, big, thresholds)).toBe(false);
    expect(shouldCompact({ count: 5_000, bytes: 100_000 }, big, thresholds)).toBe(true);
  });
});
