import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqliteSynchronous } from './open-database';

/** Settings of {@link startBackgroundCheckpointer}. */
export interface BackgroundCheckpointerOptions {
  readonly path: string;
  readonly synchronous: SqliteSynchronous;
  readonly busyTimeoutMs: number;
  readonly intervalMs: number;
  /** Called once if the worker dies; the caller then checkpoints on its own connection. */
  readonly onFailure: (error: Error) => void;
}

/** A running checkpointer thread. */
export interface BackgroundCheckpointer {
  /** Stops the thread and closes its connection; resolves once it has exited. */
  stop(): Promise<void>;
}

/*
 * Why a thread: SQLite's automatic checkpoint runs inside whichever commit crosses the
 * threshold, copying the WAL into the main file and fsyncing it — 10–30 ms during which the
 * event loop is blocked and every queued keystroke waits. A PASSIVE checkpoint on a second
 * connection in another thread never blocks writers, so appends keep their sub-millisecond
 * latency. The source is inlined (eval) so bundling the relay needs no extra entry point;
 * the driver is passed as a resolved path so it loads whatever the working directory.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
db.pragma('synchronous = ' + workerData.synchronous);
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Starts a thread that checkpoints the WAL of `path` every `intervalMs`. */
export function startBackgroundCheckpointer(options: BackgroundCheckpointerOptions): BackgroundCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driverPath: createRequire(import.meta.url).resolve('better-sqlite3'),
      path: options.path,
      synchronous: options.synchronous === 'full' ? 'FULL' : 'NORMAL',
      busyTimeoutMs: options.busyTimeoutMs,
      intervalMs: options.intervalMs,
    },
  });
  // Housekeeping must never keep a process alive that would otherwise exit.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.once('error', (error) => options.onFailure(error));
  return {
    async stop() {
      // Referenced again so the process stays alive until the worker has closed its connection.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
