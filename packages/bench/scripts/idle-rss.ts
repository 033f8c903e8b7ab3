// RSS per idle connection of the built Tandem relay, without the bench harness: spawns
// apps/relay/dist/main.js, stores DOCS seed documents, restarts it on them, opens CONNECTIONS
// clients (each with an awareness state, like the bench's idle scenario) and prints VmRSS at
// each step (the per-address cap is lifted: all clients come from one address). With --snapshot, the relay writes a heap snapshot (SIGUSR2) once all are synced.
//   npx tsx packages/bench/scripts/idle-rss.ts [connections=1000] [docs=100] [--snapshot]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMany, terminateAll } from '../src/client/connect-many';
import { yWebsocketDialect } from '../src/client/dialect';
import { benchPaths } from '../src/repo-paths';
import { seedDocument } from '../src/traces/seed-document';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const connections = Number(positional[0] ?? 1000);
const docs = Number(positional[1] ?? 100);
const wantsSnapshot = process.argv.includes('--snapshot');
const paths = benchPaths();

const rssKb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startRelay(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--heapsnapshot-signal=SIGUSR2', paths.tandemMain, '--data-dir', dataDir, '--port', String(port), '--log-level', 'warn', '--max-connections-per-address', '100000'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    cwd: dataDir,
    env: { ...process.env, NODE_OPTIONS: process.env.RELAY_NODE_OPTIONS ?? '' },
  });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await delay(20)) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {}
  }
  throw new Error('relay did not become ready');
}

async function stopRelay(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

const dataDir = mkdtempSync(join(tmpdir(), 'idle-rss-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
const baseUrl = `http://127.0.0.1:${port}`;
const docNames = Array.from({ length: docs }, (_, i) => `idle-${i}`);
try {
  const seed = seedDocument(paths.tracesDir, 10_000);
  let relay = await startRelay(dataDir, port);
  const seeders = await connectMany(docNames.map((doc) => ({ baseUrl, doc, dialect: yWebsocketDialect })), { concurrency: 50 });
  for (const seeder of seeders) seeder.sendUpdate(seed.state);
  await Promise.all(seeders.map((seeder) => seeder.close()));
  await stopRelay(relay);

  relay = await startRelay(dataDir, port);
  await delay(500);
  const baseKb = rssKb(relay.pid!);
  const clients = await connectMany(
    Array.from({ length: connections }, (_, i) => ({ baseUrl, doc: docNames[i % docs]!, dialect: yWebsocketDialect, awarenessName: `idle-${i}` })),
    { timeoutMs: 300_000 },
  );
  await delay(2_000);
  const loadedKb = rssKb(relay.pid!);
  console.log(`${connections} connections over ${docs} docs: RSS ${(baseKb / 1024).toFixed(1)} -> ${(loadedKb / 1024).toFixed(1)} MB, ${((loadedKb - baseKb) / connections).toFixed(2)} KB per connection`);
  if (wantsSnapshot) {
    relay.kill('SIGUSR2');
    await delay(10_000);
    console.log(`heap snapshot written in ${dataDir} (kept)`);
  }
  terminateAll(clients);
  await stopRelay(relay);
} finally {
  if (!wantsSnapshot) rmSync(dataDir, { recursive: true, force: true });
}
