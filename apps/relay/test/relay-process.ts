import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { waitFor } from './harness';

/** The built relay (turbo builds it before this package's tests run). */
export const RELAY_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** A relay running as its own OS process, as a user runs it. */
export interface RelayProcess {
  readonly port: number;
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A free loopback port (bound then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `node dist/main.js` with `args` and waits until /healthz answers. */
export async function startRelayProcess(options: { dataDir: string; port?: number; args?: string[]; env?: NodeJS.ProcessEnv }): Promise<RelayProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [RELAY_MAIN, '--port', String(port), '--host', '127.0.0.1', '--data-dir', options.dataDir, '--log-level', 'warn', ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, ...options.env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  await waitFor(async () => {
    if (hasExited) throw new Error(`relay exited during start:\n${output}`);
    return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
  }, 15_000, 'relay process to answer /healthz');
  return { port, child, output: () => output, exited };
}

/** Runs the relay CLI to completion (for --help and config errors); killed after 15 s should it keep running. */
export function runRelayCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RELAY_MAIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
