import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSchema } from './schema';

/** How hard SQLite syncs to disk; see the package README for what each survives. */
export type SqliteSynchronous = 'normal' | 'full';

/** Settings of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  readonly synchronous: SqliteSynchronous;
  readonly busyTimeoutMs: number;
  /** WAL pages after which a commit checkpoints by itself (SQLite's default is 1000). */
  readonly autoCheckpointPages: number;
}

const IN_MEMORY = ':memory:';

/** True for paths SQLite keeps in memory: no file, no WAL, nothing to checkpoint. */
export function isInMemoryPath(path: string): boolean {
  return path === IN_MEMORY || path === '';
}

/** Caps the WAL file left behind after a burst of writes, so it does not stay huge. */
const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Opens (creating if needed) the database file, configures WAL and durability, and migrates
 * the schema. Any failure — unreadable file, not a database, newer schema — is rethrown as one
 * error naming the path, because at startup the path is what the operator needs to fix.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (!isInMemoryPath(path)) mkdirSync(dirname(path), { recursive: true });
    // `timeout` is better-sqlite3's name for sqlite3_busy_timeout: wait for another
    // process's write lock instead of failing with SQLITE_BUSY at once.
    db = new Database(path, { timeout: options.busyTimeoutMs });
    // The first statement reads the file header, so a corrupt file fails here.
    const journalMode = db.pragma('journal_mode = WAL', { simple: true }) as string;
    if (journalMode !== 'wal' && !isInMemoryPath(path)) {
      throw new Error(`WAL journal mode is unavailable here (got "${journalMode}"); use a local filesystem`);
    }
    db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
    db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(options.autoCheckpointPages))}`);
    migrateSchema(db);
    return db;
  } catch (error) {
    db?.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the SQLite doc store at ${path}: ${detail}`, { cause: error });
  }
}
