import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yWebsocketDialect } from '../client/dialect';
import { freePort, spawnRelay } from './relay-process';
import { RelayId, type DurableAckProbe, type RelayTarget } from './relay-target';

/** The flag the bench asks Tandem's relay for to log durable acknowledgements (see docs/BENCH.md). */
export const DURABLE_ACK_FLAG = '--bench-durable-ack-log';

/** Tandem's relay, built into apps/relay/dist/main.js, with its default SQLite store. */
export function tandemTarget(mainJs: string, repoRoot: string): RelayTarget {
  const version = readVersion(repoRoot);
  const built = existsSync(mainJs);
  const help = built ? readHelp(mainJs) : '';
  const durableAckProbe: DurableAckProbe = help.includes(DURABLE_ACK_FLAG) ? 'relay-log' : 'client-round-trip';
  const quietFlags = help.includes('--log-level') ? ['--log-level', 'warn'] : [];
  return {
    id: RelayId.tandem,
    label: `Tandem relay ${version}`,
    version,
    persistence: 'SQLite (WAL) under --data-dir: every update appended durably before it is broadcast',
    dialect: yWebsocketDialect,
    durableAckProbe,
    unavailableReason: () =>
      existsSync(mainJs) ? null : `${mainJs} is missing: build it with \`npx turbo run build --filter=@tandem/relay\``,
    async start({ dataDir, durableAckLog, nodeFlags }) {
      const port = await freePort();
      const ackArgs = durableAckLog && durableAckProbe === 'relay-log' ? [DURABLE_ACK_FLAG, durableAckLog] : [];
      return spawnRelay({
        args: [mainJs, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, ...quietFlags, ...ackArgs],
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

// The relay's generated --help names every flag it accepts; the bench only passes flags it lists.
function readHelp(mainJs: string): string {
  try {
    return execFileSync(process.execPath, [mainJs, '--help'], { encoding: 'utf8', timeout: 10_000 });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    return `${output.stdout ?? ''}${output.stderr ?? ''}`;
  }
}
