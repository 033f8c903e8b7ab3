import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOOPBACK_SOURCES, MAX_CONNECTIONS_PER_SOURCE, MOST_BENCH_CONNECTIONS } from '../client/loopback-sources';
import { yWebsocketDialect } from '../client/dialect';
import { freePort, spawnRelay } from './relay-process';
import { RelayId, type DurableAckProbe, type RelayTarget } from './relay-target';
import { ScenarioId, STANDARD_SCENARIOS } from '../scenarios/scenario';

/** The flag the bench asks Tandem's relay for to log durable acknowledgements (see docs/BENCH.md). */
export const DURABLE_ACK_FLAG = '--bench-durable-ack-log';

/** Which limits Tandem runs with: the defaults a user gets, or its rate limits lifted. */
export type TandemLimits = 'default' | 'lifted';

/**
 * The per-connection rate limits the peers do not have. The 'lifted' target removes them to
 * show the cost of relaying alone; the headline 'tandem' target keeps every default, so its
 * figures are what a user gets.
 */
const LIFTED_RATE_LIMITS: Readonly<Record<string, string>> = {
  // The readers curve puts 5,000 connections on one document (default limit 1,000).
  '--max-connections-per-doc': '100000',
  '--rate-limit-messages-per-second': '1000000',
  '--rate-limit-message-burst': '1000000',
  '--rate-limit-bytes-per-second': '1073741824',
  '--rate-limit-bytes-burst': '1073741824',
};

/** Scenarios of STANDARD_SCENARIOS the limits-lifted target skips (no rate limit is involved). */
const DEFAULTS_ONLY: readonly ScenarioId[] = [ScenarioId.loadedDocs, ScenarioId.reconnectStorm];

/** What the bench passes to the built relay, read once from its --help. */
export interface TandemBuild {
  readonly version: string;
  readonly durableAckProbe: DurableAckProbe;
  /** Flags for the default-limits targets (only where the load generator cannot keep the per-address cap). */
  readonly benchFlags: readonly string[];
  /** Flags for the limits-lifted target. */
  readonly liftedFlags: readonly string[];
  readonly unavailableReason: () => string | null;
}

/** Reads the built relay's version and flags once (shared by the SQLite and PostgreSQL targets). */
export function readTandemBuild(mainJs: string, repoRoot: string): TandemBuild {
  const help = existsSync(mainJs) ? readHelp(mainJs) : '';
  const overrides: Record<string, string> = {};
  if (LOOPBACK_SOURCES.length * MAX_CONNECTIONS_PER_SOURCE < MOST_BENCH_CONNECTIONS) overrides['--max-connections-per-address'] = '100000';
  const flagsOf = (wanted: Record<string, string>) => Object.entries(wanted).flatMap(([flag, value]) => (listsFlag(help, flag) ? [flag, value] : []));
  return {
    version: readVersion(repoRoot),
    durableAckProbe: listsFlag(help, DURABLE_ACK_FLAG) ? 'relay-log' : 'client-round-trip',
    benchFlags: flagsOf(overrides),
    liftedFlags: flagsOf({ ...overrides, ...LIFTED_RATE_LIMITS }),
    unavailableReason: () => (existsSync(mainJs) ? null : `${mainJs} is missing: build it with \`npx turbo run build --filter=@tandem/relay\``),
  };
}

/**
 * Tandem's relay, built into apps/relay/dist/main.js, with its default SQLite store. The load
 * generator spreads its connections over loopback source addresses so the default cap of
 * connections per address holds; where it cannot (not Linux), the cap is raised and the
 * report says so.
 */
export function tandemTarget(mainJs: string, repoRoot: string, build: TandemBuild = readTandemBuild(mainJs, repoRoot), limits: TandemLimits = 'default'): RelayTarget {
  const { version, durableAckProbe } = build;
  const flags = limits === 'lifted' ? build.liftedFlags : build.benchFlags;
  const started = flags.length > 0 ? `Started with \`${flags.join(' ')}\`` : 'Started with its defaults (no limit changed)';
  return {
    id: limits === 'lifted' ? RelayId.tandemLimitsLifted : RelayId.tandem,
    label: `Tandem relay ${version}${limits === 'lifted' ? ', rate limits lifted' : ''}`,
    version,
    persistence: `SQLite (WAL, default synchronous=normal) under --data-dir: every update appended before it is broadcast. ${started}`,
    dialect: yWebsocketDialect,
    durableAckProbe,
    // The SSE fallback is Tandem's own, and issue 15's loaded documents and reconnection storm
    // are about what a user's defaults do: those run on the defaults only.
    scenarios: limits === 'default' ? [...STANDARD_SCENARIOS, ScenarioId.sseFanOut] : STANDARD_SCENARIOS.filter((id) => !DEFAULTS_ONLY.includes(id)),
    unavailableReason: build.unavailableReason,
    async start({ dataDir, durableAckLog, nodeFlags, port: wantedPort }) {
      const port = wantedPort ?? (await freePort());
      const ackArgs = durableAckLog && durableAckProbe === 'relay-log' ? [DURABLE_ACK_FLAG, durableAckLog] : [];
      return spawnRelay({
        args: [mainJs, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, ...flags, ...ackArgs],
        nodeFlags,
        port,
        readinessPath: '/healthz',
      });
    },
  };
}

function readVersion(repoRoot: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'apps', 'relay', 'package.json'), 'utf8')) as { version: string };
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return `${manifest.version} (${commit})`;
  } catch {
    return 'unknown';
  }
}

function listsFlag(help: string, flag: string): boolean {
  return new RegExp(`(^|\\s)${flag}(\\s|$)`, 'm').test(help);
}

// The relay's generated --help names every flag it accepts; the bench only passes flags it lists.
function readHelp(mainJs: string): string {
  try {
    // Generous: on a busy machine starting node takes seconds, and a timeout here would silently
    // drop every bench flag (and the durable-ack log) from the run.
    return execFileSync(process.execPath, [mainJs, '--help'], { encoding: 'utf8', timeout: 60_000 });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    return `${output.stdout ?? ''}${output.stderr ?? ''}`;
  }
}
