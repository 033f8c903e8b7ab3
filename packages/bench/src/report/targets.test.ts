import { describe, expect, it } from 'vitest';
import type { BenchResults, ScenarioResult } from '../results';
import { evaluateTargets } from './targets';

/** One scenario variant with the given medians per relay and metric. */
function scenario(id: string, variant: string, medians: Record<string, Record<string, number>>): ScenarioResult {
  return {
    id: id as never,
    title: id,
    description: '',
    variant,
    metrics: [],
    runs: Object.entries(medians).map(([relay, values]) => ({
      relay: relay as never,
      reps: [],
      summary: Object.fromEntries(Object.entries(values).map(([key, median]) => [key, { median, min: median, max: median, values: [median] }])),
      hasFailures: false,
    })),
  };
}

const statusOf = (outcomes: ReturnType<typeof evaluateTargets>, prefix: string) => outcomes.find((o) => o.target.startsWith(prefix))?.status;

describe('issue 15 targets', () => {
  it('judges CPU against both peers, RSS per connection both ways, idle RSS and big-document RSS', () => {
    const results = {
      scenarios: [
        scenario('throughput', '50×10', { tandem: { cpuMsPer1k: 19 }, 'y-websocket-server': { cpuMsPer1k: 43 }, hocuspocus: { cpuMsPer1k: 26 } }),
        scenario('idle', '5000/500', { tandem: { rssPerConnKb: 16, rssPerAddedConnKb: 5, baseRssMb: 58 } }),
        scenario('big-doc-cold', '260k edits', { tandem: { rssMb: 63 }, 'y-websocket-server': { rssMb: 90 } }),
      ],
    } as unknown as BenchResults;
    const outcomes = evaluateTargets(results).filter((o) => o.target.endsWith('(issue 15)'));
    // 19 / 43 = 0.44 > 0.4; 19 / 26 = 0.73 > 0.5
    expect(statusOf(outcomes, 'relay CPU per 1,000 delivered updates ≤ 0.4× y-websocket-server')).toBe('missed');
    expect(statusOf(outcomes, 'relay CPU per 1,000 delivered updates ≤ 0.5× Hocuspocus')).toBe('missed');
    expect(statusOf(outcomes, 'RSS per idle connection, the documents they opened counted')).toBe('missed');
    expect(statusOf(outcomes, 'RSS per added idle connection')).toBe('met');
    expect(statusOf(outcomes, 'idle relay RSS at start')).toBe('met');
    expect(statusOf(outcomes, 'RSS with automerge-paper loaded ≤ 0.75×')).toBe('met');
    expect(outcomes.find((o) => o.target.startsWith('RSS with automerge-paper'))?.figure).toBe('63.0 MB vs 90.0 MB = 0.70×');
  });

  it('says "not measured" when a scenario did not run', () => {
    const outcomes = evaluateTargets({ scenarios: [] } as unknown as BenchResults).filter((o) => o.target.endsWith('(issue 15)'));
    expect(outcomes).toHaveLength(8); // the six above and the reconnection storm's two
    expect(new Set(outcomes.map((o) => o.status))).toEqual(new Set(['not measured']));
  });
});
