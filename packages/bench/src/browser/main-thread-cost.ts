import type { CDPSession, Page } from 'playwright-core';

/** Main-thread CPU of one page over a window, from Chromium's own counters. */
export interface MainThreadCost {
  /** All tasks on the renderer's main thread, ms of CPU. */
  readonly taskMs: number;
  /** JavaScript, ms of CPU. */
  readonly scriptMs: number;
  /** Style recalculation + layout, ms of CPU. */
  readonly styleLayoutMs: number;
}

/** Reads a page's cumulative main-thread counters (DevTools `Performance.getMetrics`). */
export interface MainThreadMeter {
  /** Cost since the meter started. */
  read(): Promise<MainThreadCost>;
  close(): Promise<void>;
}

/**
 * Starts metering `page`'s main thread. With `timeDomain: 'threadTicks'` Chromium counts the
 * thread's CPU time, not wall time: a measure that waiting for a busy machine does not
 * inflate the way it inflates latencies (the cores are shared with other work).
 */
export async function startMainThreadMeter(page: Page): Promise<MainThreadMeter> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const sample = async (): Promise<MainThreadCost> => {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name: string): number => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
    return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration'), styleLayoutMs: value('RecalcStyleDuration') + value('LayoutDuration') };
  };
  const start = await sample();
  return {
    async read() {
      const now = await sample();
      return { taskMs: now.taskMs - start.taskMs, scriptMs: now.scriptMs - start.scriptMs, styleLayoutMs: now.styleLayoutMs - start.styleLayoutMs };
    },
    async close() {
      await session.detach().catch(() => undefined);
    },
  };
}

/** `cost` divided by `count` (e.g. per keystroke). */
export function perItem(cost: MainThreadCost, count: number): MainThreadCost {
  return { taskMs: cost.taskMs / count, scriptMs: cost.scriptMs / count, styleLayoutMs: cost.styleLayoutMs / count };
}
