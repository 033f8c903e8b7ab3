import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relayMain, webDist } from './paths';
import { waitFor } from './wait-for';

/** A Tandem relay child process serving the built web app, restartable on the same port and data. */
export interface RelayProcess {
  readonly url: string;
  readonly port: number;
  /** SIGTERM (the relay drains, closing sockets with 1012) and wait for the exit code. */
  stop(): Promise<number | null>;
  /** Start again on the same port and data directory; resolves when /healthz answers. */
  start(): Promise<void>;
  /** Starts the relay if it is not running (after a test that stopped it failed). */
  ensureRunning(): Promise<void>;
  /** Stop and delete the data directory. */
  dispose(): Promise<void>;
  /** Everything the relay printed, for failure messages. */
  output(): string;
}

/**
 * While the relay is down, Chromium logs each refused connection attempt as a console error
 * (the page cannot suppress it). These, and only these, are expected while a test stops it.
 */
export const RELAY_DOWN_ERRORS = [/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/[^']+' failed/, /ERR_CONNECTION_REFUSED/];

/** A TCP port that was free a moment ago (the relay needs a fixed one so a restart keeps it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `node apps/relay/dist/main.js` on a free port with a fresh data directory. */
export async function startRelay(options: { env?: Record<string, string> } = {}): Promise<RelayProcess> {
  for (const [path, hint] of [
    [relayMain, 'npx turbo run build --filter=@tandem/relay'],
    [join(webDist, 'index.html'), 'npx turbo run build --filter=@tandem/web'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${hint}\` (npm test builds it first)`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
  let child: ChildProcess | null = null;
  let log = '';

  const start = async (): Promise<void> => {
    const args = [relayMain, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--web-dir', webDist, '--log-level', 'warn'];
    const spawned = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    child = spawned;
    spawned.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    spawned.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitFor(
      async () => {
        if (spawned.exitCode !== null) throw new Error(`relay exited with ${spawned.exitCode}:\n${log}`);
        const response = await fetch(`${url}/healthz`).catch(() => null);
        return response?.ok ?? false;
      },
      { timeoutMs: 15_000, what: `relay /healthz on ${url}` },
    );
  };

  const stop = async (): Promise<number | null> => {
    const running = child;
    if (!running || running.exitCode !== null) return running?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
    running.kill('SIGTERM');
    const code = await exited;
    child = null;
    return code;
  };

  await start();
  return {
    url,
    port,
    stop,
    start,
    async ensureRunning() {
      const running = child as ChildProcess | null;
      if (!running || running.exitCode !== null) await start();
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    output: () => log,
  };
}

/** Mints an access token with the relay's own CLI (`tandem-relay token`). */
export function mintToken(secret: string, args: string[]): string {
  return execFileSync(process.execPath, [relayMain, 'token', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TANDEM_AUTH_SECRET: secret },
  }).trim();
}
