import type { BenchResults, ScenarioResult } from '../results';
import { lineChartSvg } from './curve-chart';

/**
 * A chart file the report links to, written next to it: bench/charts/<profile>/, so the full
 * report's charts (bench/REPORT.md) and the curves run's (bench/CURVES.md) never overwrite
 * each other.
 */
export interface CurveFile {
  /** Relative to the report's directory. */
  readonly path: string;
  readonly svg: string;
}

/** The curves of a run: Markdown (a table and a chart per curve) and the chart files. */
export interface CurvesReport {
  readonly markdown: string;
  readonly files: readonly CurveFile[];
}

/**
 * Groups the variants of every scenario that draws curves (its variants carry an `x`) into one
 * table and one SVG chart per curve metric: median per relay against x. Empty when the run
 * had no curve scenario.
 */
export function curvesReport(results: BenchResults): CurvesReport {
  const byScenario = new Map<string, ScenarioResult[]>();
  for (const scenario of results.scenarios) {
    if (scenario.x === undefined || !scenario.curve) continue;
    byScenario.set(scenario.id, [...(byScenario.get(scenario.id) ?? []), scenario]);
  }
  const sections: string[] = [];
  const files: CurveFile[] = [];
  for (const [id, points] of byScenario) {
    const first = points[0]!;
    const curve = first.curve!;
    const sorted = [...points].sort((a, b) => a.x! - b.x!);
    const relays = [...new Set(sorted.flatMap((p) => p.runs.map((r) => r.relay)))];
    for (const key of curve.metrics) {
      const metric = first.metrics.find((m) => m.key === key);
      if (!metric) continue;
      const yLabel = `${metric.label}${metric.unit ? ` (${metric.unit})` : ''}`;
      const value = (point: ScenarioResult, relay: string): number => point.runs.find((r) => r.relay === relay)?.summary[key]?.median ?? Number.NaN;
      const path = `charts/${results.profile}/${id}-${key}.svg`;
      files.push({
        path,
        svg: lineChartSvg({
          title: `${first.title}: ${metric.label}`,
          xLabel: curve.xLabel,
          yLabel,
          isLogX: curve.isLogX ?? false,
          series: relays.map((relay) => ({ name: relay, points: sorted.map((p) => ({ x: p.x!, y: value(p, relay) })) })),
        }),
      });
      const header = `| ${curve.xLabel} | ${relays.join(' | ')} |\n|---|${relays.map(() => '---').join('|')}|`;
      const rows = sorted.map((p) => `| ${p.x!.toLocaleString('en')} | ${relays.map((r) => format(value(p, r), metric.digits)).join(' | ')} |`);
      sections.push(`### ${first.title}: ${yLabel} vs ${curve.xLabel}\n\n${header}\n${rows.join('\n')}\n\n![${first.title}: ${metric.label}](${path})\n`);
    }
  }
  if (sections.length === 0) return { markdown: '', files: [] };
  return {
    markdown: `## Curves\n\nMedians per relay against the size that varies; each point is also a full section below (with min–max and checks).\n\n${sections.join('\n')}`,
    files,
  };
}

function format(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}
