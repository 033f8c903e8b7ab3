import { describe, expect, it } from 'vitest';
import { benchMain } from './bench-main';
import { smokeProfile } from './profiles';
import { RelayId } from './relays/relay-target';
import { isFailure } from './results';
import { ScenarioId } from './scenarios/scenario';

// A toy-sized run of the whole bench on real relays, so it never rots. Tandem is included
// when apps/relay/dist/main.js is built, and skipped (with the reason logged) otherwise.
describe('bench smoke run', () => {
  it('runs every scenario against every available relay and produces every figure', async () => {
    const logs: string[] = [];
    const { results, targets, table } = await benchMain({
      profile: smokeProfile,
      command: 'vitest (smoke)',
      reportFile: null,
      jsonFile: null,
      log: (message) => logs.push(message),
    });
    const ran = results.relays.filter((r) => !r.skipped).map((r) => r.id);
    expect(ran).toEqual(expect.arrayContaining([RelayId.yWebsocketServer, RelayId.hocuspocus]));
    // Cross-relay needs Tandem on PostgreSQL + Redis (skipped, with the reason, when those do not answer).
    const expectedScenarios = Object.values(ScenarioId).filter((id) => id !== ScenarioId.crossRelay || ran.includes(RelayId.tandemPostgres));
    expect(new Set(results.scenarios.map((s) => s.id))).toEqual(new Set(expectedScenarios));
    for (const scenario of results.scenarios) {
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
