import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqliteDatabase, DatabaseInUseError, restoreSqliteDatabase } from './sqlite-backup';
import { createSqliteDocStore } from './sqlite-doc-store';
import { openSqliteReader } from './sqlite-reader';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-backup-'));
  dirs.push(dir);
  return dir;
}
const bytes = (...values: number[]) => new Uint8Array(values);

describe('SQLite backup and restore', () => {
  it('a backup holds every document of the live store, and opens as a store', async () => {
    const dir = tempDir();
    const store = createSqliteDocStore({ path: join(dir, 'tandem.db') });
    await store.append('a', bytes(1));
    await store.append('b', bytes(2));
    await store.append('a', bytes(3));
    const result = await backupSqliteDatabase(join(dir, 'tandem.db'), join(dir, 'copy.db'));
    await store.close();
    expect(result.documents).toBe(2);
    expect(existsSync(join(dir, 'copy.db-wal'))).toBe(false);
    const reader = openSqliteReader(join(dir, 'copy.db'));
    expect(reader.list().map((d) => d.name)).toEqual(['a', 'b']);
    expect(reader.load('a')).toEqual([bytes(1), bytes(3)]);
    expect(reader.load('missing')).toBeNull();
    reader.close();
  });

  it('includes acknowledged appends that are still only in the WAL, while appends continue', async () => {
    const dir = tempDir();
    // No checkpoints: every append stays in tandem.db-wal, which a plain file copy would miss.
    const store = createSqliteDocStore({ path: join(dir, 'tandem.db'), checkpointIntervalMs: 0 });
    let acked = 0;
    let isWriting = true;
    const writing = (async () => {
      for (let i = 0; isWriting; i++) {
        await store.append('doc', bytes(i % 256));
        acked = i + 1;
      }
    })();
    while (acked < 200) await new Promise((resolve) => setImmediate(resolve));
    const ackedBeforeStart = acked;
    await backupSqliteDatabase(join(dir, 'tandem.db'), join(dir, 'copy.db'));
    const ackedBeforeEnd = acked;
    isWriting = false;
    await writing;
    await store.close();
    const reader = openSqliteReader(join(dir, 'copy.db'));
    const copied = reader.load('doc')?.length ?? 0;
    reader.close();
    expect(copied).toBeGreaterThanOrEqual(ackedBeforeStart);
    expect(copied).toBeLessThanOrEqual(ackedBeforeEnd + 1);
  });

  it('refuses to overwrite a file and to back up a database that is not Tandem', async () => {
    const dir = tempDir();
    const store = createSqliteDocStore({ path: join(dir, 'tandem.db') });
    await store.close();
    await backupSqliteDatabase(join(dir, 'tandem.db'), join(dir, 'copy.db'));
    await expect(backupSqliteDatabase(join(dir, 'tandem.db'), join(dir, 'copy.db'))).rejects.toThrow('already exists');
    new Database(join(dir, 'other.db')).exec('CREATE TABLE t (x)');
    await expect(backupSqliteDatabase(join(dir, 'other.db'), join(dir, 'other-copy.db'))).rejects.toThrow('not a Tandem database');
  });

  it('restore refuses while the database is open elsewhere, then replaces it and keeps the old one aside', async () => {
    const dir = tempDir();
    const path = join(dir, 'tandem.db');
    const store = createSqliteDocStore({ path });
    await store.append('kept', bytes(1));
    await backupSqliteDatabase(path, join(dir, 'backup.db'));
    await store.append('after-backup', bytes(2));
    await expect(restoreSqliteDatabase(join(dir, 'backup.db'), path)).rejects.toBeInstanceOf(DatabaseInUseError);
    await store.close();

    const result = await restoreSqliteDatabase(join(dir, 'backup.db'), path);
    expect(result.previousPath).toMatch(/tandem\.db\.pre-restore-/);
    const reopened = createSqliteDocStore({ path });
    expect((await reopened.list()).map((d) => d.name)).toEqual(['kept']);
    await reopened.close();
    const previous = openSqliteReader(result.previousPath as string);
    expect(previous.list().map((d) => d.name).sort()).toEqual(['after-backup', 'kept']);
    previous.close();
  });
});
