import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { RelayProcess } from '../relays/relay-process';
import type { ScenarioEnv } from './scenario';

/** Starts the relay on `dataDir` (a fresh directory by default), runs `fn`, always stops it. */
export async function withRelay<T>(
  env: ScenarioEnv,
  fn: (relay: RelayProcess) => Promise<T>,
  options: { dataDir?: string; durableAckLog?: string } = {},
): Promise<T> {
  const dataDir = options.dataDir ?? freshDir(env.workDir, 'data-');
  const relay = await env.target.start({
    dataDir,
    nodeFlags: env.relayNodeFlags,
    ...(options.durableAckLog ? { durableAckLog: options.durableAckLog } : {}),
  });
  try {
    const result = await fn(relay);
    assertAlive(relay);
    return result;
  } finally {
    const code = await relay.stop();
    if (code !== 0 && code !== null) env.log(`${env.target.id} exited with code ${code}: ${relay.output().slice(-500)}`);
    // null: ended by a signal, i.e. still running when stop() gave up waiting and sent SIGKILL.
    if (code === null) env.log(`${env.target.id} did not exit after SIGTERM and was killed: ${relay.output().slice(-500)}`);
  }
}

/** A new empty directory under `parent`. */
export function freshDir(parent: string, prefix: string): string {
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** Throws if the relay died during the measurement (a crash must not pass as a slow run). */
export function assertAlive(relay: RelayProcess): void {
  try {
    relay.sample();
  } catch {
    throw new Error(`relay process ${relay.pid} died:\n${relay.output().slice(-2000)}`);
  }
}
