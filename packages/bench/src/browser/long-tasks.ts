import type { PageProbeState } from './page-probes';

/** Long tasks (> 50 ms, the browser's definition) of one page within a time window. */
export interface LongTaskSummary {
  readonly count: number;
  /** Longest one, ms (0 when none). */
  readonly longestMs: number;
  /** Sum of their durations, ms. */
  readonly totalMs: number;
}

/**
 * The long tasks that started within [from, to] (absolute ms). A task that started just
 * before the first keystroke still blocks it, so the window is widened by `slackMs` before.
 */
export function longTasksWithin(probes: Pick<PageProbeState, 'longTasks'>, from: number, to: number, slackMs = 0): LongTaskSummary {
  const tasks = probes.longTasks.filter((task) => task.start + task.duration >= from - slackMs && task.start <= to);
  return {
    count: tasks.length,
    longestMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
    totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}
