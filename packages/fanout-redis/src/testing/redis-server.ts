import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

/** A private, throwaway redis-server for tests that stop and restart Redis. */
export interface PrivateRedisServer {
  readonly port: number;
  readonly url: string;
  /** Kills the server (SIGKILL: like a crash, no goodbye to clients) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port and waits until it answers PING. */
  start(): Promise<void>;
  readonly isRunning: boolean;
}

/**
 * Spawns `redis-server` on a free loopback port with no persistence, and waits until it answers.
 * Tests that kill Redis use one of these, never the shared server on 6379.
 */
export async function startPrivateRedisServer(binary = 'redis-server'): Promise<PrivateRedisServer> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const start = async (): Promise<void> => {
    if (child) return;
    const spawned = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    child = spawned;
    exited = new Promise((resolve) => spawned.once('exit', () => resolve()));
    spawned.once('exit', () => {
      if (child === spawned) child = null;
    });
    await waitForPong(port, 5_000);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    if (!running) return;
    running.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    get isRunning() {
      return child !== null;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ping(port))) {
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
    socket.setTimeout(1_000, () => done(false));
  });
}
