import { join, resolve } from 'node:path';
import { relayOptions } from '@tandem/config';

/** The SQLite file inside a data directory (the relay's `TANDEM_DATA_DIR`). */
export const DATABASE_FILE = 'tandem.db';

const DEFAULT_DATA_DIR = relayOptions.find((option) => option.key === 'dataDir')?.default ?? './data';

/** The database path an ops command works on: `--data-dir`, else `TANDEM_DATA_DIR`, else the relay's default. */
export function databasePath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return join(resolve(flag ?? (env.TANDEM_DATA_DIR || String(DEFAULT_DATA_DIR))), DATABASE_FILE);
}

/** Ops commands copy SQLite files; a PostgreSQL store is backed up with its own tools. */
export function refusePostgres(env: NodeJS.ProcessEnv): string | null {
  return env.TANDEM_STORE === 'postgres'
    ? 'TANDEM_STORE=postgres: back up and restore PostgreSQL with pg_dump / pg_restore (README, "Backups")\n'
    : null;
}

/** Outcome of an ops command: the exit code and what to print. */
export interface CommandResult {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
}
