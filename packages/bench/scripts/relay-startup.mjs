// Measures the Tandem relay's cold start: time from spawn until /readyz answers 200, the
// process's RSS then and 2 s later (idle), and the modules it loaded. Repeats N times.
//   node packages/bench/scripts/relay-startup.mjs [runs=5] [-- extra relay flags]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const main = resolve(here, '../../../apps/relay/dist/main.js');
const runs = Number(process.argv[2] ?? 5);
const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];

const rssMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};
const threads = (pid) => Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

const results = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'relay-startup-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const startedAt = performance.now();
  const child = spawn(process.execPath, [main, '--data-dir', dataDir, '--port', String(port), '--log-level', 'warn', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: process.env.RELAY_NODE_OPTIONS ?? '' } });
  let readyMs = NaN;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) {
        readyMs = performance.now() - startedAt;
        break;
      }
    } catch {}
    if (performance.now() - startedAt > 20_000) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const atReady = rssMb(child.pid);
  const cpuAtReady = cpuMs(child.pid);
  await new Promise((r) => setTimeout(r, 2_000));
  results.push({ readyMs, rssAtReadyMb: atReady, idleRssMb: rssMb(child.pid), cpuToReadyMs: cpuAtReady, threads: threads(child.pid) });
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(results.map((r) => JSON.stringify(r)).join('\n'));
console.log(`median: ready ${median('readyMs').toFixed(0)} ms (CPU ${median('cpuToReadyMs').toFixed(0)} ms), RSS at ready ${median('rssAtReadyMb').toFixed(1)} MB, idle RSS ${median('idleRssMb').toFixed(1)} MB, threads ${median('threads')}`);
