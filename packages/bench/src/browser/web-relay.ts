import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnRelay, type RelayProcess } from '../relays/relay-process';

/** Tandem's relay serving the built web app, as a user runs it (`node apps/relay/dist/main.js`). */
export interface WebRelay {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly process: RelayProcess;
  /** Stops the relay and deletes its data directory. */
  dispose(): Promise<void>;
}

/** Starts the built relay on a free loopback port with a fresh data directory, serving the built web app. */
export async function startWebRelay(repoRoot: string): Promise<WebRelay> {
  const main = join(repoRoot, 'apps/relay/dist/main.js');
  // BENCH_WEB_DIST measures another build of the web app (e.g. with a dependency patched) against the same relay.
  const webDir = process.env['BENCH_WEB_DIST'] ?? join(repoRoot, 'apps/web/dist');
  for (const [path, hint] of [
    [main, 'npx turbo run build --filter=@tandem/relay'],
    [join(webDir, 'index.html'), 'npx turbo run build --filter=@tandem/web'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`${hint}\``);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-browser-bench-'));
  const relay = await spawnRelay({
    args: [main, '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--web-dir', webDir, '--log-level', 'warn'],
    port,
    readinessPath: '/readyz',
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: relay,
    async dispose() {
      await relay.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
