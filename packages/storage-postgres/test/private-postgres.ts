import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL cluster of its own in a temp directory, for tests that stop and start it. */
export interface PrivatePostgres {
  readonly port: number;
  /** URL of its `postgres` database (user postgres, trust auth, loopback only). */
  readonly url: string;
  /** Stops the server; `immediate` is a crash (no checkpoint), recovered from WAL on start. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops it if running and deletes its directory. */
  destroy(): Promise<void>;
}

/** The newest installed server binaries (Debian: /usr/lib/postgresql/<major>/bin). */
export function findPostgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((entry) => existsSync(join(root, entry, 'bin', 'initdb')));
  majors.sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(root, majors[0], 'bin') : null;
}

/**
 * initdb + pg_ctl on a free loopback port. PostgreSQL refuses to run as root, so as root the
 * server runs as the `postgres` system user (which owns the temp directory).
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = findPostgresBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin');
  const dir = mkdtempSync(join(tmpdir(), 'tandem-private-pg-'));
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    const ids = await run('id', ['-u', 'postgres']).then(async (uid) => [Number(uid.stdout), Number((await run('id', ['-g', 'postgres'])).stdout)]);
    chownSync(dir, ids[0]!, ids[1]!);
  }
  const as = (file: string, args: string[]): Promise<unknown> =>
    isRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, file), ...args]) : run(join(bin, file), args);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  await as('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--no-locale']);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on`;
  const pgCtl = (args: string[]): Promise<unknown> => as('pg_ctl', ['-D', dataDir, '-l', join(dir, 'server.log'), ...args]);
  let isRunning = false;
  const start = async (): Promise<void> => {
    await pgCtl(['-o', serverOptions, '-w', '-t', '30', 'start']);
    isRunning = true;
  };
  await start();
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop(mode = 'fast') {
      await pgCtl(['-m', mode, '-w', '-t', '30', 'stop']);
      isRunning = false;
    },
    start,
    async destroy() {
      if (isRunning) await pgCtl(['-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
