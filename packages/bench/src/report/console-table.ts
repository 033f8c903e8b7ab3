import type { BenchResults } from '../results';
import { metricHeader, summaryCell } from './cells';
import type { TargetOutcome } from './targets';

/** The stdout summary: one small table per scenario variant, headline figures only, then targets. */
export function consoleReport(results: BenchResults, targets: readonly TargetOutcome[]): string {
  const blocks = results.scenarios.map((scenario) => {
    const metrics = scenario.metrics.filter((m) => m.headline);
    const rows = scenario.runs.map((run) => [
      run.relay + (run.hasFailures ? ' (!)' : ''),
      ...metrics.map((m) => summaryCell(run.summary[m.key], m)),
    ]);
    return `${scenario.title} ${scenario.variant}\n${textTable(['relay', ...metrics.map(metricHeader)], rows)}`;
  });
  const targetRows = targets.map((t) => [t.status.toUpperCase(), t.target, t.figure]);
  blocks.push(`Targets (Tandem)\n${textTable(['status', 'target', 'figure'], targetRows)}`);
  if (results.scenarios.some((s) => s.runs.some((r) => r.hasFailures))) {
    blocks.push('(!) = a repetition failed or a correctness check failed: see the report and the JSON file.');
  }
  return blocks.join('\n\n');
}

/** Left-aligned plain-text table. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
