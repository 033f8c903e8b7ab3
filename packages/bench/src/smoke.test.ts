import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchMain } from './bench-main';
import { smokeProfile } from './profiles';
import { RelayId } from './relays/relay-target';
import { benchPaths } from './repo-paths';
import { isFailure } from './results';
import { ScenarioId, STANDARD_SCENARIOS } from './scenarios/scenario';
import { allTargets } from './relays/all-targets';

// A toy-sized run of the whole bench on real relays, so it never rots. Every relay must run,
// Tandem included: turbo builds apps/relay before this test, and a smoke run that skipped the
// relay this project exists for would pass while proving nothing.
describe('bench smoke run', () => {
  it('runs every scenario against every relay, Tandem with its defaults included, and produces every figure', async () => {
    const { tandemMain } = benchPaths();
    expect(existsSync(tandemMain), `${tandemMain} is not built: run npx turbo run build --filter=@tandem/relay`).toBe(true);
    const logs: string[] = [];
    const { results, targets, table } = await benchMain({
      profile: smokeProfile,
      command: 'vitest (smoke)',
      reportFile: null,
      jsonFile: null,
      log: (message) => logs.push(message),
    });
    const skipped = results.relays.filter((r) => r.skipped).map((r) => `${r.id}: ${r.skipped}`);
    expect(skipped, 'no relay may be skipped').toEqual([]);
    expect(results.relays.map((r) => r.id).sort()).toEqual(Object.values(RelayId).sort());
    expect(results.relays.find((r) => r.id === RelayId.tandem)?.persistence).toContain('Started with its defaults');
    expect(new Set(results.scenarios.map((s) => s.id))).toEqual(new Set(Object.values(ScenarioId)));
    for (const scenario of results.scenarios) {
      // Each relay really ran each scenario it takes part in (an empty run list would make the
      // loop below vacuous); Tandem on PostgreSQL only runs the store and many-relay ones.
      const expected = allTargets(benchPaths()).filter((t) => (t.scenarios ?? STANDARD_SCENARIOS).includes(scenario.id)).map((t) => t.id);
      expect(expected.length, scenario.id).toBeGreaterThan(0);
      expect(scenario.runs.map((run) => run.relay).sort(), scenario.id).toEqual(expected.sort());
      for (const run of scenario.runs) {
        const where = `${scenario.id} ${scenario.variant} on ${run.relay}`;
        for (const rep of run.reps) {
          if (isFailure(rep)) throw new Error(`${where} failed: ${rep.error}\n${logs.join('\n')}`);
          for (const [check, ok] of Object.entries(rep.checks)) expect(ok, `${where}: ${check}`).toBe(true);
        }
        for (const metric of scenario.metrics.filter((m) => m.headline)) {
          expect(Number.isFinite(run.summary[metric.key]?.median), `${where}: ${metric.key}`).toBe(true);
        }
      }
    }
    expect(targets.length).toBeGreaterThan(5);
    expect(table).toContain('Targets');
  // ~40 s on an idle 2-core machine; over 4 minutes when it is shared with other heavy work.
  }, 420_000);
});
