import { describe, expect, it } from 'vitest';
import { distribution, nearestRank, SampleBuffer } from './percentiles';
import { summarize } from './summary';

describe('latency figures', () => {
  it('uses nearest-rank percentiles', () => {
    const samples = new SampleBuffer();
    for (let i = 100; i >= 1; i--) samples.push(i);
    expect(distribution(samples.toArray())).toEqual({ count: 100, p50: 50, p99: 99, max: 100 });
    expect(nearestRank([5], 0.99)).toBe(5);
  });

  it('reports a missing figure as NaN, not as zero', () => {
    expect(distribution(new Float64Array()).p99).toBeNaN();
    expect(summarize([Number.NaN]).median).toBeNaN();
  });

  it('summarises repetitions as median and range', () => {
    expect(summarize([3, 1, 2])).toMatchObject({ median: 2, min: 1, max: 3 });
    expect(summarize([4, 1, 2, 3]).median).toBe(2.5);
  });
});
