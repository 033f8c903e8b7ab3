import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readProcessSample, type ProcessSample } from '../metrics/process-stats';

/** A relay under test, running as its own OS process. */
export interface RelayProcess {
  readonly pid: number;
  readonly port: number;
  /** ws://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** CPU time and memory of the relay process, from /proc. */
  sample(): ProcessSample;
  /** Recent stdout/stderr (for error messages). */
  output(): string;
  /** SIGTERM, then waits for exit (SIGKILL after `timeoutMs`). Resolves with the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** How to start one relay process. */
export interface SpawnRelayOptions {
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly port: number;
  /** Node flags before the script (e.g. --cpu-prof). */
  readonly nodeFlags?: readonly string[];
  /** HTTP path that answers 200 once the relay accepts connections. */
  readonly readinessPath: string;
  readonly cwd?: string;
  readonly startTimeoutMs?: number;
}

const OUTPUT_LIMIT = 64 * 1024;

/** A free loopback port (bound, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `node <nodeFlags> <args>` and resolves once the readiness path answers 200. */
export async function spawnRelay(options: SpawnRelayOptions): Promise<RelayProcess> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...options.args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  const readyUrl = `http://127.0.0.1:${options.port}${options.readinessPath}`;
  for (;;) {
    if (hasExited) throw new Error(`relay exited during start:\n${output}`);
    if (await isReady(readyUrl)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`relay not ready at ${readyUrl} in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return describe(child, options.port, () => output, exited, () => hasExited);
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function describe(
  child: ChildProcess,
  port: number,
  output: () => string,
  exited: Promise<number | null>,
  hasExited: () => boolean,
): RelayProcess {
  const pid = child.pid;
  if (pid === undefined) throw new Error('relay process has no pid');
  return {
    pid,
    port,
    baseUrl: `ws://127.0.0.1:${port}`,
    sample: () => readProcessSample(pid),
    output,
    async stop(timeoutMs = 15_000) {
      if (hasExited()) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
