/** Latency distribution of one repetition, in milliseconds. */
export interface Distribution {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * Nearest-rank percentiles of `samples` (sorted in place). An empty sample set gives NaN,
 * so a missing figure is visible in the report instead of reading as 0 ms.
 */
export function distribution(samples: Float64Array): Distribution {
  if (samples.length === 0) return { count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
  samples.sort();
  return {
    count: samples.length,
    p50: nearestRank(samples, 0.5),
    p99: nearestRank(samples, 0.99),
    max: samples[samples.length - 1] ?? Number.NaN,
  };
}

/** The value at quantile `q` of an ascending array (nearest-rank definition). */
export function nearestRank(sorted: Float64Array | readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** An append-only list of numbers backed by a growing Float64Array (no boxing at 100k+ samples). */
export class SampleBuffer {
  private data = new Float64Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  /** A copy of the samples (safe to sort). */
  toArray(): Float64Array {
    return this.data.slice(0, this.size);
  }
}
