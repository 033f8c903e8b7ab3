import { parseArgs } from 'node:util';
import { curvesProfile, curvesSmokeProfile, fullProfile, smokeProfile, type BenchProfile } from './profiles';
import { RelayId } from './relays/relay-target';
import { ScenarioId } from './scenarios/scenario';

/** Parsed command line of `npm run bench`. */
export interface CliOptions {
  readonly profile: BenchProfile;
  readonly relays?: RelayId[];
  readonly only?: ScenarioId[];
  readonly cpuProfile?: RelayId[];
  readonly keepWork: boolean;
  /** Explicit report path; by default only a full run of every scenario writes bench/REPORT.md. */
  readonly report?: string;
  /** Only re-render the report from this JSON file of an earlier run. */
  readonly fromJson?: string;
  readonly help: boolean;
}

/** Usage text of the CLI. */
export const USAGE = `npm run bench [-- options]      (from the repo root: builds the relay first)

  --profile full|smoke     sizes and durations (default full: issues 4, 14, 15; ~20 min)
  --relays a,b             relays to run: ${Object.values(RelayId).join(', ')} (default all)
  --only a,b               scenarios to run: ${Object.values(ScenarioId).join(', ')} (default all)
  --curves                 the curves instead (readers, idle connections, document size, typists,
                           loaded documents, reconnection storm),
                           each point a variant; with --profile smoke at toy sizes
  --reps N                 repetitions per scenario (default 3 for full, 1 for smoke)
  --cpu-prof a,b           run these relays with node --cpu-prof (profiles in bench/results/profiles)
  --report FILE            write the Markdown report there (default: bench/REPORT.md for a full
                           run of every scenario, else bench/results/REPORT-<profile>.md)
  --from-json FILE         only re-render the report from the JSON file of an earlier run
                           (e.g. after editing packages/bench/report-analysis.md)
  --keep-work              keep the relays' data directories under bench/results/work
  --browser                the editor in headless Chromium instead (issue 15); its own options:
                           npm run bench -- --browser --help
  --help`;

/** Parses argv (without node and the script). Throws with a message naming the bad option. */
export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      profile: { type: 'string', default: 'full' },
      relays: { type: 'string' },
      only: { type: 'string' },
      reps: { type: 'string' },
      'cpu-prof': { type: 'string' },
      report: { type: 'string' },
      'from-json': { type: 'string' },
      'keep-work': { type: 'boolean', default: false },
      curves: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const plain = values.profile === 'smoke' ? smokeProfile : values.profile === 'full' ? fullProfile : invalid('--profile', values.profile ?? '');
  const base = values.curves ? (plain === smokeProfile ? curvesSmokeProfile : curvesProfile) : plain;
  const reps = values.reps === undefined ? base.repetitions : Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) invalid('--reps', values.reps ?? '');
  return {
    profile: { ...base, repetitions: reps },
    ...(values.relays ? { relays: list(values.relays, Object.values(RelayId), '--relays') } : {}),
    ...(values.only ? { only: list(values.only, Object.values(ScenarioId), '--only') } : {}),
    ...(values['cpu-prof'] ? { cpuProfile: list(values['cpu-prof'], Object.values(RelayId), '--cpu-prof') } : {}),
    keepWork: values['keep-work'] ?? false,
    ...(values.report ? { report: values.report } : {}),
    ...(values['from-json'] ? { fromJson: values['from-json'] } : {}),
    help: values.help ?? false,
  };
}

function list<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) invalid(flag, item);
  return items as T[];
}

function invalid(flag: string, value: string): never {
  throw new Error(`invalid ${flag} value "${value}"\n\n${USAGE}`);
}
