import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/**
 * Watches the load generator's own event loop. Latencies are timestamped in this process, so a
 * busy loop here inflates them; the report shows this figure next to them to make that visible.
 */
export class EventLoopLag {
  private static readonly resolutionMs = 5;
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: EventLoopLag.resolutionMs });

  start(): void {
    this.histogram.reset();
    this.histogram.enable();
  }

  /** Stops watching and returns the p99 delay of the loop in milliseconds. */
  stopP99Ms(): number {
    this.histogram.disable();
    // The histogram records whole sampling intervals: an idle loop reads as the resolution.
    return Math.max(0, this.histogram.percentile(99) / 1e6 - EventLoopLag.resolutionMs);
  }
}
