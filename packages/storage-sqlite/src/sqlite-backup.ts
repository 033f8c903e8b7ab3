import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, TANDEM_APPLICATION_ID } from './schema';

/** What a finished backup or restore copied. */
export interface CopyResult {
  readonly pages: number;
  readonly bytes: number;
  readonly documents: number;
}

/** Pages per backup step: all of them, so the copy is one read snapshot (see below). */
const ALL_PAGES = 0x7fff_ffff;

/**
 * Copies the live store at `sourcePath` to `targetPath` with SQLite's online backup API, while
 * a relay keeps writing to it. The source is opened read-only in this process and copied in a
 * single backup step: SQLite holds one read transaction for a step, so the copy is the database
 * as of one commit (an append is either wholly in it or not at all), and in WAL mode that read
 * never blocks the relay's writers. The copy is written beside the target, checked, made a
 * self-contained file (rollback journal, no -wal), synced, and only then renamed into place.
 */
export async function backupSqliteDatabase(sourcePath: string, targetPath: string): Promise<CopyResult> {
  if (!existsSync(sourcePath)) throw new Error(`no database at ${sourcePath}`);
  if (existsSync(targetPath)) throw new Error(`${targetPath} already exists; choose a new file name`);
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    checkIsTandemDatabase(source, sourcePath);
    return await copyDatabase(source, targetPath);
  } finally {
    source.close();
  }
}

/** The database at `path` is open in another process (a relay is running on it). */
export class DatabaseInUseError extends Error {
  override readonly name = 'DatabaseInUseError';
}

/**
 * Replaces the store at `targetPath` by the backup at `backupPath`; the relay must be stopped.
 * Refuses (DatabaseInUseError) when any other process has the database open: it takes SQLite's
 * exclusive lock first, which a running relay's connection prevents, and holds it while the
 * backup is copied beside the target. The current database, with its WAL folded in, is then
 * kept as `<name>.pre-restore-<time>` (returned) and the copy renamed into its place.
 */
export async function restoreSqliteDatabase(backupPath: string, targetPath: string): Promise<CopyResult & { readonly previousPath: string | null }> {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  let current: Database.Database | null = null;
  try {
    checkIsTandemDatabase(backup, backupPath);
    current = existsSync(targetPath) ? lockExclusively(targetPath) : null;
    const staged = await copyDatabase(backup, targetPath, { isStagedOnly: true });
    let previousPath: string | null = null;
    if (current) {
      current.pragma('wal_checkpoint(TRUNCATE)');
      current.close();
      current = null;
      previousPath = `${targetPath}.pre-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(targetPath, previousPath);
      // Without their database these are stale: a relay must never pair them with the copy.
      for (const suffix of ['-wal', '-shm']) rmSync(`${targetPath}${suffix}`, { force: true });
    }
    renameSync(staged.path, targetPath);
    syncFile(dirname(targetPath));
    return { ...staged.result, previousPath };
  } finally {
    current?.close();
    backup.close();
  }
}

/** Opens `path` holding SQLite's exclusive lock, or throws DatabaseInUseError. */
function lockExclusively(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new DatabaseInUseError(`${path} is in use by another process: stop the relay before restoring`);
    }
    throw error;
  }
}

/**
 * Backs `source` up to a file beside `targetPath`, checks it, makes it self-contained
 * (rollback journal) and syncs it; then renames it to `targetPath`, unless only staging.
 */
async function copyDatabase(source: Database.Database, targetPath: string): Promise<CopyResult>;
async function copyDatabase(source: Database.Database, targetPath: string, options: { isStagedOnly: true }): Promise<{ path: string; result: CopyResult }>;
async function copyDatabase(source: Database.Database, targetPath: string, options?: { isStagedOnly: true }): Promise<CopyResult | { path: string; result: CopyResult }> {
  const partial = `${targetPath}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  let isKept = false;
  try {
    const progress = await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial, { fileMustExist: true });
    let documents: number;
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
      documents = copy.prepare<[], number>('SELECT count(*) FROM docs').pluck().get() ?? 0;
    } finally {
      copy.close();
    }
    syncFile(partial);
    const pageSize = source.pragma('page_size', { simple: true }) as number;
    const result: CopyResult = { pages: progress.totalPages, bytes: progress.totalPages * pageSize, documents };
    if (options?.isStagedOnly) {
      isKept = true;
      return { path: partial, result };
    }
    renameSync(partial, targetPath);
    syncFile(dirname(targetPath));
    return result;
  } finally {
    for (const suffix of isKept ? ['-journal', '-wal', '-shm'] : ['', '-journal', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  }
}

function checkIsTandemDatabase(db: Database.Database, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId !== TANDEM_APPLICATION_ID) throw new Error(`${path} is not a Tandem database`);
  if (version > SCHEMA_VERSION) throw new Error(`${path} has schema version ${version}, newer than this Tandem (${SCHEMA_VERSION}); upgrade first`);
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
