import { foldUncoveredUpdates, parseNumericVersionId, type DocStore, type DocSummary, type NewVersion, type StoredDoc, type VersionInfo } from '@tandem/relay-core';
import type Database from 'better-sqlite3';
import { startBackgroundCheckpointer, type BackgroundCheckpointer } from './background-checkpointer';
import { isInMemoryPath, openDatabase, type SqliteSynchronous } from './open-database';
import { createAppendBatcher } from './append-batcher';
import { prepareStatements, type SqliteStatements, type VersionRow } from './sqlite-statements';

/** Settings of {@link createSqliteDocStore}. */
export interface SqliteDocStoreOptions {
  /** Database file (created with its directory if missing); `':memory:'` for tests. */
  readonly path: string;
  /**
   * `'normal'` (default): every acknowledged append survives a process crash or `kill -9`;
   * a power loss may drop the last transactions. `'full'`: also survives power loss, at the
   * cost of an fsync per append.
   */
  readonly synchronous?: SqliteSynchronous;
  /** How long a write waits for another process's lock before failing. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** Wall clock for `updatedAt`, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * How often a background thread folds the WAL into the main file, off the append path.
   * Default 1000; 0 leaves it to SQLite, whose checkpoints then stall an append now and then.
   */
  readonly checkpointIntervalMs?: number;
  /** Told when the background checkpointer fails (the store then checkpoints inline). */
  readonly onBackgroundError?: (error: Error) => void;
}

/** A {@link DocStore} in one SQLite database file; every document is rows, never a path. */
export interface SqliteDocStore extends DocStore {
  /** The database file this store writes. */
  readonly path: string;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
const DEFAULT_CHECKPOINT_INTERVAL_MS = 1_000;
/** SQLite's own default: a commit checkpoints once the WAL holds this many pages. */
const INLINE_CHECKPOINT_PAGES = 1_000;
/** Only a safety net while the thread runs (≈40 MB of WAL), should it fall behind. */
const FALLBACK_CHECKPOINT_PAGES = 10_000;

/**
 * Opens the SQLite store synchronously, so a bad path or corrupt file fails at startup with
 * an error naming the path. better-sqlite3 is synchronous: when a method's promise is created
 * its transaction has already committed, which is what makes `append` durable on resolve.
 */
export function createSqliteDocStore(options: SqliteDocStoreOptions): SqliteDocStore {
  const { path, now = Date.now, synchronous = 'normal', busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS } = options;
  const intervalMs = options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
  const hasThread = intervalMs > 0 && !isInMemoryPath(path);
  const autoCheckpointPages = hasThread ? FALLBACK_CHECKPOINT_PAGES : INLINE_CHECKPOINT_PAGES;
  const db = openDatabase(path, { synchronous, busyTimeoutMs, autoCheckpointPages });
  const statements = prepareStatements(db);
  const transactions = createTransactions(db, statements);
  const batcher = createAppendBatcher((batch) => transactions.appendBatch.immediate(batch, now()));
  let isClosed = false;
  let closing: Promise<void> | null = null;
  // Started by the first write, not at open: the thread is a second V8 isolate (~13 MB of RSS)
  // that a relay nobody has written to yet has no use for.
  let checkpointer: BackgroundCheckpointer | null = null;
  const startCheckpointer = (): void => {
    if (!hasThread || checkpointer !== null || isClosed) return;
    checkpointer = startBackgroundCheckpointer({
      path, synchronous, busyTimeoutMs, intervalMs,
      onFailure: (error) => {
        if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
        options.onBackgroundError?.(error);
      },
    });
  };

  const assertOpen = (): void => {
    if (isClosed) throw new Error(`the SQLite doc store at ${path} is closed`);
    // Read-your-writes: anything appended before this call is committed before it runs.
    batcher.flush();
  };

  return {
    path,
    async load(doc) {
      assertOpen();
      return transactions.load(doc);
    },
    append(doc, update) {
      if (isClosed) return Promise.reject(new Error(`the SQLite doc store at ${path} is closed`));
      startCheckpointer();
      return batcher.append(doc, update);
    },
    async compact(doc, snapshot, throughSeq) {
      assertOpen();
      startCheckpointer();
      transactions.compact.immediate(doc, snapshot, throughSeq, now());
    },
    async list(): Promise<DocSummary[]> {
      assertOpen();
      return statements.listDocs.all();
    },
    async remove(doc) {
      assertOpen();
      return transactions.remove.immediate(doc);
    },
    async saveVersion(doc, version) {
      assertOpen();
      return transactions.saveVersion.immediate(doc, version);
    },
    async listVersions(doc) {
      assertOpen();
      return statements.listVersions.all(doc).map(toVersionInfo);
    },
    async loadVersion(doc, id) {
      assertOpen();
      const rowId = parseNumericVersionId(id);
      const row = rowId === null ? undefined : statements.selectVersion.get(doc, rowId);
      if (!row) return null;
      return { ...toVersionInfo(row), snapshot: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
    },
    async deleteVersions(doc, ids) {
      assertOpen();
      return transactions.deleteVersions.immediate(doc, ids);
    },
    async ping() {
      assertOpen();
      statements.ping.get();
    },
    close() {
      if (!closing) {
        batcher.flush();
        isClosed = true;
        closing = (async () => {
          await checkpointer?.stop();
          // Folding the WAL into the main file leaves a single self-contained file behind.
          db.pragma('wal_checkpoint(TRUNCATE)');
          db.close();
        })();
      }
      return closing;
    },
  };
}

/**
 * The multi-statement operations, each one SQLite transaction. Writes run as BEGIN IMMEDIATE
 * so a second process sharing the file waits on busy_timeout at BEGIN rather than failing
 * mid-transaction when upgrading a read lock.
 */
function createTransactions(db: Database.Database, s: SqliteStatements) {
  return {
    appendBatch: db.transaction((batch: readonly { doc: string; update: Uint8Array }[], nowMs: number): number[] =>
      batch.map(({ doc, update }) => {
        const seq = s.bumpDoc.get(doc, update.byteLength, update.byteLength, nowMs);
        if (seq === undefined) throw new Error(`append to "${doc}" assigned no seq`);
        // better-sqlite3 binds a Uint8Array view (offset and length respected) without a Buffer.
        s.insertUpdate.run(doc, seq, update);
        return seq;
      }),
    ),

    // A deferred read transaction: the docs row and the rows come from one snapshot even if
    // another process writes in between.
    load: db.transaction((doc: string): StoredDoc | null => {
      const row = s.selectDoc.get(doc);
      if (!row) return null;
      return { updates: s.selectData.all(doc), lastSeq: row.last_seq, logCount: row.log_count, logBytes: row.log_bytes };
    }),

    compact: db.transaction((doc: string, snapshot: Uint8Array, throughSeq: number, nowMs: number): void => {
      const row = s.selectDoc.get(doc);
      // Removed while the snapshot was being computed: nothing left to replace.
      if (!row) return;
      if (!Number.isSafeInteger(throughSeq) || throughSeq < 1 || throughSeq > row.last_seq) {
        throw new RangeError(`compact "${doc}": throughSeq ${throughSeq} is outside 1..${row.last_seq}`);
      }
      // Another compaction already covered more: every row this snapshot stands for is gone.
      if (throughSeq < row.snapshot_seq) return;
      // Re-read what this transaction deletes: rows another relay appended that the caller
      // never saw are merged into the snapshot, so a shared file can never lose them.
      const stored = foldUncoveredUpdates(snapshot, s.selectDataThrough.all(doc, throughSeq));
      const removed = s.measureThrough.get(doc, throughSeq);
      if (!removed) throw new Error(`compact "${doc}": could not measure the log`);
      s.deleteThrough.run(doc, throughSeq);
      // seq = throughSeq is free (just deleted) and sorts before every kept row.
      s.insertSnapshot.run(doc, throughSeq, stored);
      s.recordCompaction.run(
        throughSeq, removed.log_count, removed.log_bytes, removed.total_bytes, stored.byteLength, nowMs, doc,
      );
    }),

    // The docs row is read in the same transaction, so a removal cannot slip in between.
    saveVersion: db.transaction((doc: string, version: NewVersion): VersionInfo | null => {
      if (!s.selectDoc.get(doc)) return null;
      const { kind, name, createdAt, authors, snapshot } = version;
      const row = s.insertVersion.get(doc, kind, name, createdAt, JSON.stringify(authors.map(({ id, name }) => ({ id, name }))), snapshot.byteLength, snapshot);
      if (!row) throw new Error(`saving a version of "${doc}" returned no row`);
      return toVersionInfo(row);
    }),

    deleteVersions: db.transaction((doc: string, ids: readonly string[]): number => {
      let deleted = 0;
      for (const id of ids) {
        const rowId = parseNumericVersionId(id);
        if (rowId !== null) deleted += s.deleteVersion.run(doc, rowId).changes;
      }
      return deleted;
    }),

    remove: db.transaction((doc: string): boolean => {
      s.deleteVersionsOf.run(doc);
      s.deleteUpdates.run(doc);
      return s.deleteDoc.run(doc).changes > 0;
    }),
  };
}

function toVersionInfo(row: VersionRow): VersionInfo {
  return {
    id: String(row.id),
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at,
    authors: JSON.parse(row.authors) as VersionInfo['authors'],
    sizeBytes: row.size_bytes,
  };
}
