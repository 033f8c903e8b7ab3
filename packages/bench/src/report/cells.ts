import type { MetricSummary } from '../metrics/summary';
import type { MetricSpec } from '../scenarios/scenario';

/** "median [min–max]" with the metric's precision; single repetitions show just the value. */
export function summaryCell(summary: MetricSummary | undefined, metric: MetricSpec): string {
  if (!summary || !Number.isFinite(summary.median)) return 'n/a';
  const f = (v: number): string => v.toFixed(metric.digits);
  if (summary.values.length <= 1 || summary.min === summary.max) return f(summary.median);
  return `${f(summary.median)} [${f(summary.min)}–${f(summary.max)}]`;
}

/** Column header with unit. */
export function metricHeader(metric: MetricSpec): string {
  return metric.unit ? `${metric.label} (${metric.unit})` : metric.label;
}
