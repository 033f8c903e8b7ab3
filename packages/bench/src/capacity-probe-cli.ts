/**
 * Per-edit relay CPU of the pieces of the capacity model in docs/SCALING.md: one writer on relay A
 * typing fast, one reader on each relay, so the cost of accepting an edit (validate, durable
 * append, publish) and of receiving it from another relay dominate over delivering it.
 * Usage: npm run capacity:probe -w @tandem/bench [-- <edits/s> <seconds>]
 * (TANDEM_BENCH_DATABASE_URL, TANDEM_BENCH_REDIS_URL as for the bench.)
 */
import { join } from 'node:path';
import { allTargets } from './relays/all-targets';
import { RelayId } from './relays/relay-target';
import { benchPaths } from './repo-paths';
import { crossRelayScenario } from './scenarios/cross-relay';
import { freshDir } from './scenarios/relay-session';
import type { ScenarioEnv } from './scenarios/scenario';
import { watchMachineLoad } from './metrics/machine-load';

const editsPerSecond = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 10);
const paths = benchPaths();
const scenario = crossRelayScenario({ readers: 2, editsPerSecond, durationMs: seconds * 1000, drainTimeoutMs: 30_000 });
// Tandem on SQLite (one relay: it cannot share its store), then on PostgreSQL with one and two relays.
const runs = [
  { id: RelayId.tandem, variants: scenario.variants.filter((v) => v.relays === 1) },
  { id: RelayId.tandemPostgres, variants: scenario.variants },
];
for (const { id, variants } of runs) {
  const target = allTargets(paths).find((t) => t.id === id)!;
  const unavailable = target.unavailableReason() ?? (await target.checkServices?.());
  if (unavailable) throw new Error(unavailable);
  const env: ScenarioEnv = { target, workDir: freshDir(join(paths.resultsDir, 'work'), 'probe-'), tracesDir: paths.tracesDir, relayNodeFlags: [], log: console.error };
  for (const variant of variants) await probe(env, variant);
}

async function probe(env: ScenarioEnv, variant: (typeof scenario.variants)[number]): Promise<void> {
  const load = watchMachineLoad();
  const result = await scenario.run(env, variant, undefined);
  const m = result.metrics;
  const machine = load();
  console.log(
    `${env.target.id} ${variant.key} @ ${editsPerSecond} edits/s for ${seconds} s: relay A ${m.relayCpuAUsPerEdit!.toFixed(0)} µs/edit, relay B ${Number.isNaN(m.relayCpuBUsPerEdit) ? '-' : m.relayCpuBUsPerEdit!.toFixed(0)} µs/edit; ` +
      `p99 ${m.p99Ms!.toFixed(1)} ms; checks ${JSON.stringify(result.checks)}; machine ${machine.machineBusyPct.toFixed(0)}% busy, load ${machine.loadAvg1.toFixed(1)}`,
  );
}
