import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Name of the lock file inside a locked directory. */
export const LOCK_FILE_NAME = 'tandem.lock';

/** An exclusive hold on a directory, released by `release()` or by the process's death. */
export interface DirectoryLock {
  /** The lock file. */
  readonly path: string;
  release(): void;
}

/** Thrown when another process (or another lock in this one) holds the directory. */
export class DirectoryLockedError extends Error {
  constructor(readonly directory: string) {
    super(`another Tandem relay is using the data directory ${directory} (it holds ${join(directory, LOCK_FILE_NAME)})`);
    this.name = 'DirectoryLockedError';
  }
}

/**
 * Takes an exclusive lock on `directory` (created if missing), so two relays never run on one
 * data directory by mistake. The lock is SQLite's own file lock on `tandem.lock`, held by a
 * connection in exclusive locking mode: the operating system drops it when the process dies,
 * even on `kill -9`, so there is never a stale lock to remove by hand.
 */
export function lockDirectory(directory: string): DirectoryLock {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, LOCK_FILE_NAME);
  // timeout 0: a held lock must fail now, not after the usual busy wait.
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write in exclusive mode takes the EXCLUSIVE lock and keeps it until close.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder;');
    db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DirectoryLockedError(directory);
    throw error;
  }
  return {
    path,
    release: () => {
      if (db.open) db.close();
    },
  };
}
