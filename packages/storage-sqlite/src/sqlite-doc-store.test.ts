import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { createSeededRandom, docStoreContract } from '@tandem/test-kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './open-database';
import { SCHEMA_VERSION, TANDEM_APPLICATION_ID } from './schema';
import { createSqliteDocStore, type SqliteDocStore } from './sqlite-doc-store';

docStoreContract('SqliteDocStore', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-sqlite-contract-'));
  const path = join(dir, 'tandem.db');
  let current = createSqliteDocStore({ path });
  const others: SqliteDocStore[] = [];
  return {
    store: current,
    openAnother: async () => {
      const other = createSqliteDocStore({ path });
      others.push(other);
      return other;
    },
    reopen: async () => {
      await current.close();
      current = createSqliteDocStore({ path });
      return current;
    },
    cleanup: async () => {
      await current.close();
      for (const other of others) await other.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteDocStore', () => {
  let dir: string;
  let path: string;
  const opened: SqliteDocStore[] = [];
  const open = (options: Partial<Parameters<typeof createSqliteDocStore>[0]> = {}): SqliteDocStore => {
    const store = createSqliteDocStore({ path, ...options });
    opened.push(store);
    return store;
  };
  /** A second, raw connection to look at what is really on disk. */
  const inspect = <T>(query: (db: Database.Database) => T): T => {
    const db = new Database(path, { readonly: true });
    try {
      return query(db);
    } finally {
      db.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-sqlite-'));
    path = join(dir, 'nested', 'dir', 'tandem.db');
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the file and its directory, in WAL mode, at the current schema version', async () => {
    const store = open();
    await store.append('doc', new Uint8Array([1]));
    expect(existsSync(path)).toBe(true);
    inspect((db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('application_id', { simple: true })).toBe(TANDEM_APPLICATION_ID);
    });
  });

  it('applies the synchronous level, busy timeout and foreign keys to its connection', () => {
    for (const [synchronous, expected] of [['normal', 1], ['full', 2]] as const) {
      const db = openDatabase(path, { synchronous, busyTimeoutMs: 1234, autoCheckpointPages: 321 });
      try {
        expect(db.pragma('synchronous', { simple: true })).toBe(expected);
        expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
        expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
        expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(321);
      } finally {
        db.close();
      }
    }
  });

  it('works in memory for tests', async () => {
    const store = createSqliteDocStore({ path: ':memory:' });
    await store.append('doc', new Uint8Array([7, 8]));
    expect((await store.load('doc'))?.updates.map((u) => [...u])).toEqual([[7, 8]]);
    await store.close();
  });

  it('close checkpoints the WAL into the main file', async () => {
    const store = open();
    for (let i = 0; i < 100; i++) await store.append('doc', new Uint8Array(100).fill(i));
    await store.close();
    const walPath = `${path}-wal`;
    expect(!existsSync(walPath) || statSync(walPath).size === 0).toBe(true);
    expect(inspect((db) => db.prepare('SELECT count(*) FROM updates').pluck().get())).toBe(100);
  });

  it('a background thread checkpoints the WAL into the main file while the store stays open', async () => {
    const store = open({ checkpointIntervalMs: 10 });
    for (let i = 0; i < 300; i++) await store.append('doc', new Uint8Array(4096).fill(i));
    // 1.2 MB of rows reach the main file only through a checkpoint (the inline one is off).
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(1_200_000), { timeout: 5_000, interval: 10 });
  });

  it('with the thread disabled, SQLite checkpoints inline and close still truncates the WAL', async () => {
    const store = open({ checkpointIntervalMs: 0 });
    for (let i = 0; i < 600; i++) await store.append('doc', new Uint8Array(4096).fill(i));
    expect(statSync(path).size).toBeGreaterThan(1_000_000);
    await store.close();
    expect(statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  });

  it('concurrent close calls all wait for the same close', async () => {
    const store = open();
    await store.append('doc', new Uint8Array([1]));
    const closes = [store.close(), store.close()];
    expect(closes[0]).toBe(closes[1]);
    await Promise.all(closes);
    await expect(store.ping()).rejects.toThrow(/is closed/);
  });

  it('a file that is not a database fails at open with an error naming the path', async () => {
    await open().close();
    writeFileSync(path, 'this is certainly not an SQLite database '.repeat(200));
    expect(() => open()).toThrow(new RegExp(`cannot open the SQLite doc store at ${escape(path)}: .*not a database`));
  });

  it('a directory as the path fails at open with an error naming the path', () => {
    expect(() => open({ path: dir })).toThrow(new RegExp(`cannot open the SQLite doc store at ${escape(dir)}`));
  });

  it('refuses a database written by a newer schema or by another application', async () => {
    await open().close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => open()).toThrow(new RegExp(`schema version ${SCHEMA_VERSION + 1} is newer than this relay supports \\(${SCHEMA_VERSION}\\)`));

    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    expect(() => open({ path: foreign })).toThrow(/not a Tandem database/);
  });

  it('migrates a version-1 database (no versions table) keeping its documents, which can then get versions', async () => {
    const v1 = new Database(path.replace('nested/dir/', ''));
    v1.exec(`
      CREATE TABLE docs (name TEXT PRIMARY KEY, last_seq INTEGER NOT NULL, snapshot_seq INTEGER NOT NULL, log_count INTEGER NOT NULL,
        log_bytes INTEGER NOT NULL, size_bytes INTEGER NOT NULL, updated_at INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      CREATE TABLE updates (doc TEXT NOT NULL REFERENCES docs (name) ON DELETE CASCADE, seq INTEGER NOT NULL,
        is_snapshot INTEGER NOT NULL CHECK (is_snapshot IN (0, 1)), data BLOB NOT NULL, PRIMARY KEY (doc, seq)) STRICT, WITHOUT ROWID;
      INSERT INTO docs VALUES ('old', 1, 0, 1, 2, 2, 5);
      INSERT INTO updates VALUES ('old', 1, 0, x'0000');
    `);
    v1.pragma('user_version = 1');
    v1.pragma(`application_id = ${TANDEM_APPLICATION_ID}`);
    v1.close();
    const store = open({ path: path.replace('nested/dir/', '') });
    expect((await store.load('old'))?.updates.map((u) => [...u])).toEqual([[0, 0]]);
    const saved = await store.saveVersion('old', { kind: 'named', name: 'first', createdAt: 1, authors: [], snapshot: Uint8Array.of(0, 0) });
    expect(await store.listVersions('old')).toEqual([saved]);
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('rejects compaction beyond the last seq and leaves the doc unchanged', async () => {
    const store = open();
    await store.append('doc', new Uint8Array([1]));
    const { seq } = await store.append('doc', new Uint8Array([2]));
    await expect(store.compact('doc', new Uint8Array([9]), seq + 1)).rejects.toThrow(RangeError);
    await expect(store.compact('doc', new Uint8Array([9]), 0)).rejects.toThrow(RangeError);
    const stored = await store.load('doc');
    expect(stored?.updates.map((u) => [...u])).toEqual([[1], [2]]);
    expect(stored?.logCount).toBe(2);
  });

  it('ignores a stale compaction that a newer snapshot already covers', async () => {
    const store = open();
    const { updates, states } = typed('abcd');
    const seqs: number[] = [];
    for (const update of updates) seqs.push((await store.append('doc', update)).seq);
    await store.compact('doc', states[2]!, seqs[2]!);
    await store.compact('doc', states[0]!, seqs[0]!);
    expect((await store.load('doc'))?.updates.map((u) => [...u])).toEqual([[...states[2]!], [...updates[3]!]]);
  });

  it('two stores on one file (two relays) interleave appends without losing any', async () => {
    const first = open();
    const second = open();
    const seqs: number[] = [];
    for (let i = 0; i < 50; i++) {
      seqs.push((await (i % 2 ? first : second).append('doc', new Uint8Array([i]))).seq);
    }
    expect(new Set(seqs).size).toBe(50);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const stored = await first.load('doc');
    expect(stored?.updates.map((u) => u[0])).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('keeps its per-doc counters equal to the rows actually stored', async () => {
    const store = open();
    const random = createSeededRandom(42).int;
    let compactions = 0;
    const ydocs = new Map<string, Y.Doc>();
    const ydocOf = (name: string): Y.Doc => ydocs.get(name) ?? ydocs.set(name, new Y.Doc()).get(name)!;
    for (let step = 0; step < 400; step++) {
      const doc = `doc-${random(4)}`;
      const op = random(20);
      if (op === 0) {
        await store.remove(doc);
        ydocs.delete(doc);
      } else if (op < 3) {
        const stored = await store.load(doc);
        if (stored) {
          // Half the snapshots cover nothing, as if computed by a relay that saw none of the rows.
          const snapshot = random(2) ? Y.encodeStateAsUpdate(ydocOf(doc)) : Y.encodeStateAsUpdate(new Y.Doc());
          await store.compact(doc, snapshot, Math.max(1, stored.lastSeq - random(3)));
          compactions++;
        }
      } else {
        const ydoc = ydocOf(doc);
        const update = recordOne(ydoc, () => ydoc.getText('t').insert(0, 'x'.repeat(random(200) + 1)));
        await store.append(doc, update);
      }
    }
    expect(compactions).toBeGreaterThan(10);
    const listed = await store.list();
    const actual = inspect((db) =>
      db
        .prepare(
          `SELECT doc AS name, sum(length(data)) AS sizeBytes, count(*) FILTER (WHERE is_snapshot = 0) AS logCount,
             coalesce(sum(length(data)) FILTER (WHERE is_snapshot = 0), 0) AS logBytes, max(seq) AS lastSeq
           FROM updates GROUP BY doc ORDER BY doc`,
        )
        .all() as { name: string; sizeBytes: number; logCount: number; logBytes: number; lastSeq: number }[],
    );
    expect(listed.map(({ name, sizeBytes }) => ({ name, sizeBytes }))).toEqual(actual.map(({ name, sizeBytes }) => ({ name, sizeBytes })));
    for (const row of actual) {
      const stored = await store.load(row.name);
      expect({ logCount: stored?.logCount, logBytes: stored?.logBytes }).toEqual({ logCount: row.logCount, logBytes: row.logBytes });
      expect(stored?.lastSeq).toBeGreaterThanOrEqual(row.lastSeq);
    }
  });
});

/** Types `text` one character per update; returns the updates and the encoded state after each. */
function typed(text: string): { updates: Uint8Array[]; states: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const states: Uint8Array[] = [];
  for (const char of text) {
    updates.push(recordOne(doc, () => doc.getText('t').insert(doc.getText('t').length, char)));
    states.push(Y.encodeStateAsUpdate(doc));
  }
  return { updates, states };
}

function recordOne(doc: Y.Doc, edit: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const onUpdate = (u: Uint8Array): void => void (update = u);
  doc.on('update', onUpdate);
  edit();
  doc.off('update', onUpdate);
  if (!update) throw new Error('the edit produced no update');
  return update;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
