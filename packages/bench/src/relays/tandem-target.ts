import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yWebsocketDialect } from '../client/dialect';
import { freePort, spawnRelay } from './relay-process';
import { RelayId, type DurableAckProbe, type RelayTarget } from './relay-target';

/** The flag the bench asks Tandem's relay for to log durable acknowledgements (see docs/BENCH.md). */
export const DURABLE_ACK_FLAG = '--bench-durable-ack-log';

/**
 * Settings that differ from Tandem's defaults, passed only if the relay's --help lists them.
 * They remove protections the peers do not have, so the bench compares the work of relaying:
 * info logs (one JSON line per connection), the per-address connection cap (all 5,000 bench
 * connections come from 127.0.0.1) and per-connection rate limits (a trace replayed as fast
 * as possible is far beyond a human typist).
 */
const BENCH_OVERRIDES: Readonly<Record<string, string>> = {
  '--log-level': 'warn',
  '--max-connections-per-address': '100000',
  // The readers curve puts 5,000 connections on one document (default limit 1,000).
  '--max-connections-per-doc': '100000',
  '--rate-limit-messages-per-second': '1000000',
  '--rate-limit-message-burst': '1000000',
  '--rate-limit-bytes-per-second': '1073741824',
  '--rate-limit-bytes-burst': '1073741824',
};

/** Tandem's relay, built into apps/relay/dist/main.js, with its default SQLite store. */
export function tandemTarget(mainJs: string, repoRoot: string): RelayTarget {
  const version = readVersion(repoRoot);
  const built = existsSync(mainJs);
  const help = built ? readHelp(mainJs) : '';
  const durableAckProbe: DurableAckProbe = listsFlag(help, DURABLE_ACK_FLAG) ? 'relay-log' : 'client-round-trip';
  const benchFlags = Object.entries(BENCH_OVERRIDES).flatMap(([flag, value]) => (listsFlag(help, flag) ? [flag, value] : []));
  return {
    id: RelayId.tandem,
    label: `Tandem relay ${version}`,
    version,
    persistence: `SQLite (WAL, default synchronous=normal) under --data-dir: every update appended before it is broadcast. Started with \`${benchFlags.join(' ')}\``,
    dialect: yWebsocketDialect,
    durableAckProbe,
    unavailableReason: () =>
      existsSync(mainJs) ? null : `${mainJs} is missing: build it with \`npx turbo run build --filter=@tandem/relay\``,
    async start({ dataDir, durableAckLog, nodeFlags }) {
      const port = await freePort();
      const ackArgs = durableAckLog && durableAckProbe === 'relay-log' ? [DURABLE_ACK_FLAG, durableAckLog] : [];
      return spawnRelay({
        args: [mainJs, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, ...benchFlags, ...ackArgs],
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
    return execFileSync(process.execPath, [mainJs, '--help'], { encoding: 'utf8', timeout: 10_000 });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    return `${output.stdout ?? ''}${output.stderr ?? ''}`;
  }
}
