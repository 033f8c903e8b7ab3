import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { waitForIdleMachine, watchMachineLoad } from './metrics/machine-load';
import { summarize } from './metrics/summary';
import type { BenchProfile } from './profiles';
import { scenariosOf } from './profiles';
import type { RelayTarget } from './relays/relay-target';
import { freshDir } from './scenarios/relay-session';
import { STANDARD_SCENARIOS, type RepResult, type Scenario, type ScenarioEnv, type ScenarioId, type Variant } from './scenarios/scenario';
import { isFailure, type RelayRun, type RepFailure, type ScenarioResult } from './results';

/** What to run. */
export interface RunBenchOptions {
  readonly profile: BenchProfile;
  readonly targets: readonly RelayTarget[];
  /** Only these scenarios (all by default). */
  readonly only?: readonly ScenarioId[];
  readonly tracesDir: string;
  /** Parent of the scratch directories (data dirs, logs); removed afterwards unless kept. */
  readonly workDir: string;
  readonly keepWork?: boolean;
  /** Node flags for a relay's process (e.g. --cpu-prof for Tandem). */
  readonly relayNodeFlags?: (target: RelayTarget, scenario: ScenarioId) => readonly string[];
  readonly log: (message: string) => void;
}

/**
 * Runs every scenario variant against every relay. Repetitions are interleaved (rep 1 of every
 * relay, then rep 2, ...) with a rotating start, so slow drift of the machine does not favour
 * one relay. A failing repetition is recorded and the run goes on.
 */
export async function runBench(options: RunBenchOptions): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenariosOf(options.profile)) {
    if (options.only && !options.only.includes(scenario.id)) continue;
    const targets = options.targets.filter((target) => (target.scenarios ?? STANDARD_SCENARIOS).includes(scenario.id));
    if (targets.length === 0) continue;
    for (const variant of scenario.variants) results.push(await runVariant(scenario, variant, { ...options, targets }));
  }
  return results;
}

async function runVariant(scenario: Scenario<Variant, unknown>, variant: Variant, options: RunBenchOptions): Promise<ScenarioResult> {
  const { targets, log } = options;
  const scenarioDir = freshDir(options.workDir, `${scenario.id}-`);
  const envs = targets.map((target): ScenarioEnv => ({
    target,
    workDir: join(scenarioDir, target.id),
    tracesDir: options.tracesDir,
    relayNodeFlags: options.relayNodeFlags?.(target, scenario.id) ?? [],
    log: (message) => log(`  [${scenario.id} ${variant.key} ${target.id}] ${message}`),
  }));
  const prepared = new Map<ScenarioEnv, { value: unknown } | RepFailure>();
  for (const env of envs) {
    if (!scenario.prepare) {
      prepared.set(env, { value: undefined });
      continue;
    }
    log(`${scenario.id} ${variant.key}: preparing ${env.target.id}`);
    prepared.set(env, await attempt(() => scenario.prepare!(env, variant).then((value) => ({ value }))));
  }
  const reps = new Map<ScenarioEnv, (RepResult | RepFailure)[]>(envs.map((env) => [env, []]));
  for (let rep = 0; rep < options.profile.repetitions; rep++) {
    for (let k = 0; k < envs.length; k++) {
      const env = envs[(rep + k) % envs.length]!;
      const ready = prepared.get(env)!;
      const { maxWaitMs, busyBelowPct } = options.profile.idleMachine;
      if (maxWaitMs > 0) await waitForIdleMachine(maxWaitMs, busyBelowPct);
      const machineLoad = watchMachineLoad();
      const outcome = 'error' in ready ? ready : await attempt(() => scenario.run(env, variant, ready.value).then((result) => ({ ...result, machine: machineLoad() })));
      reps.get(env)!.push(outcome);
      log(`${scenario.id} ${variant.key} rep ${rep + 1} ${env.target.id}: ${describeOutcome(outcome)}`);
    }
  }
  if (!options.keepWork) rmSync(scenarioDir, { recursive: true, force: true });
  return {
    id: scenario.id,
    title: scenario.title,
    description: scenario.description,
    variant: variant.key,
    ...(variant.x !== undefined && scenario.curve ? { x: variant.x, curve: scenario.curve } : {}),
    metrics: scenario.metrics,
    runs: envs.map((env) => relayRun(env.target, reps.get(env)!)),
  };
}

function relayRun(target: RelayTarget, reps: readonly (RepResult | RepFailure)[]): RelayRun {
  const succeeded = reps.filter((rep): rep is RepResult => !isFailure(rep));
  const keys = new Set(succeeded.flatMap((rep) => Object.keys(rep.metrics)));
  const summary = Object.fromEntries([...keys].map((key) => [key, summarize(succeeded.map((rep) => rep.metrics[key] ?? Number.NaN))]));
  const hasFailures = reps.some((rep) => isFailure(rep) || Object.values(rep.checks).includes(false));
  return { relay: target.id, reps, summary, hasFailures };
}

async function attempt<T>(fn: () => Promise<T>): Promise<T | RepFailure> {
  try {
    return await fn();
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function describeOutcome(outcome: RepResult | RepFailure): string {
  if (isFailure(outcome)) return `FAILED ${outcome.error.split('\n')[0]}`;
  const failed = Object.entries(outcome.checks).filter(([, ok]) => !ok).map(([name]) => name);
  const figures = Object.entries(outcome.metrics)
    .map(([key, value]) => `${key}=${Number.isInteger(value) ? value : value.toFixed(2)}`)
    .join(' ');
  const machine = outcome.machine ? ` | machine ${outcome.machine.machineBusyPct.toFixed(0)}% busy, load-gen ${outcome.machine.loadgenCpuPct.toFixed(0)}%, load ${outcome.machine.loadAvg1.toFixed(1)}` : '';
  return failed.length > 0 ? `${figures}${machine} CHECK FAILED: ${failed.join(', ')}` : `${figures}${machine}`;
}
