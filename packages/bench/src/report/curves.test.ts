import { describe, expect, it } from 'vitest';
import type { BenchResults, ScenarioResult } from '../results';
import { curvesReport } from './curves';

const metric = { key: 'p99Ms', label: 'p99', unit: 'ms', better: 'lower', digits: 1 } as const;

function point(x: number, medians: Record<string, number>): ScenarioResult {
  return {
    id: 'fan-out',
    title: 'Fan-out',
    description: '',
    variant: `N=${x}`,
    x,
    curve: { xLabel: 'readers per document', metrics: ['p99Ms'], isLogX: true },
    metrics: [metric],
    runs: Object.entries(medians).map(([relay, median]) => ({
      relay: relay as never,
      reps: [],
      summary: { p99Ms: { median, min: median, max: median, values: [median] } },
      hasFailures: false,
    })),
  };
}

describe('curves report', () => {
  it('draws one table and one chart per curve metric, points in x order', () => {
    const results = { profile: 'curves', scenarios: [point(100, { tandem: 9.5, hocuspocus: 12 }), point(10, { tandem: 6.1, hocuspocus: 4.7 })] } as unknown as BenchResults;
    const { markdown, files } = curvesReport(results);
    expect(markdown).toContain('| readers per document | tandem | hocuspocus |\n|---|---|---|\n| 10 | 6.1 | 4.7 |\n| 100 | 9.5 | 12.0 |');
    expect(markdown).toContain('![Fan-out: p99](charts/curves/fan-out-p99Ms.svg)');
    expect(files.map((f) => f.path)).toEqual(['charts/curves/fan-out-p99Ms.svg']);
    expect(files[0]!.svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(files[0]!.svg.match(/<polyline/g)).toHaveLength(2);
  });

  it('is empty without curve scenarios', () => {
    expect(curvesReport({ scenarios: [] } as unknown as BenchResults)).toEqual({ markdown: '', files: [] });
  });
});
