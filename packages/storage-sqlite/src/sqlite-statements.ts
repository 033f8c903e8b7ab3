import type Database from 'better-sqlite3';

/** Counters of one document as stored in the `docs` row. */
export interface DocRow {
  readonly last_seq: number;
  readonly snapshot_seq: number;
  readonly log_count: number;
  readonly log_bytes: number;
}

/** What a compaction removes: counts of the rows with seq ≤ throughSeq. */
export interface RemovedRows {
  readonly log_count: number;
  readonly log_bytes: number;
  readonly total_bytes: number;
}

/** A `versions` row without its data. */
export interface VersionRow {
  readonly id: number;
  readonly kind: 'auto' | 'named';
  readonly name: string | null;
  readonly created_at: number;
  readonly authors: string;
  readonly size_bytes: number;
}

/**
 * Every statement the store runs, prepared once when the store opens: preparing per call
 * would re-parse SQL on every keystroke.
 */
export interface SqliteStatements {
  /** Creates the docs row or advances its counters; returns the new update's seq. */
  readonly bumpDoc: Database.Statement<[string, number, number, number], number>;
  readonly insertUpdate: Database.Statement<[string, number, Uint8Array]>;
  readonly selectDoc: Database.Statement<[string], DocRow>;
  readonly selectData: Database.Statement<[string], Buffer>;
  readonly selectDataThrough: Database.Statement<[string, number], Buffer>;
  readonly measureThrough: Database.Statement<[string, number], RemovedRows>;
  readonly deleteThrough: Database.Statement<[string, number]>;
  readonly insertSnapshot: Database.Statement<[string, number, Uint8Array]>;
  readonly recordCompaction: Database.Statement<[number, number, number, number, number, number, string]>;
  readonly listDocs: Database.Statement<[], { name: string; sizeBytes: number; updatedAt: number }>;
  readonly deleteUpdates: Database.Statement<[string]>;
  readonly deleteDoc: Database.Statement<[string]>;
  readonly ping: Database.Statement<[], number>;
  readonly insertVersion: Database.Statement<[string, string, string | null, number, string, number, Uint8Array], VersionRow>;
  readonly listVersions: Database.Statement<[string], VersionRow>;
  readonly selectVersion: Database.Statement<[string, number], VersionRow & { data: Buffer }>;
  readonly deleteVersion: Database.Statement<[string, number]>;
  readonly deleteVersionsOf: Database.Statement<[string]>;
}

/** Prepares {@link SqliteStatements} against a migrated database. */
export function prepareStatements(db: Database.Database): SqliteStatements {
  return {
    // Params: name, byte length (twice: log and total), now. `max` keeps updated_at from
    // moving backwards when the wall clock steps back.
    bumpDoc: db
      .prepare<[string, number, number, number], number>(
        `INSERT INTO docs (name, last_seq, snapshot_seq, log_count, log_bytes, size_bytes, updated_at)
         VALUES (?, 1, 0, 1, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET
           last_seq = last_seq + 1, log_count = log_count + 1,
           log_bytes = log_bytes + excluded.log_bytes, size_bytes = size_bytes + excluded.size_bytes,
           updated_at = max(updated_at, excluded.updated_at)
         RETURNING last_seq`,
      )
      .pluck(),
    insertUpdate: db.prepare('INSERT INTO updates (doc, seq, is_snapshot, data) VALUES (?, ?, 0, ?)'),
    selectDoc: db.prepare('SELECT last_seq, snapshot_seq, log_count, log_bytes FROM docs WHERE name = ?'),
    selectData: db.prepare<[string], Buffer>('SELECT data FROM updates WHERE doc = ? ORDER BY seq').pluck(),
    selectDataThrough: db.prepare<[string, number], Buffer>('SELECT data FROM updates WHERE doc = ? AND seq <= ? ORDER BY seq').pluck(),
    // length() of a BLOB reads the record header only, not the (possibly large) payload.
    measureThrough: db.prepare(
      `SELECT count(*) FILTER (WHERE is_snapshot = 0) AS log_count,
              coalesce(sum(length(data)) FILTER (WHERE is_snapshot = 0), 0) AS log_bytes,
              coalesce(sum(length(data)), 0) AS total_bytes
       FROM updates WHERE doc = ? AND seq <= ?`,
    ),
    deleteThrough: db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?'),
    insertSnapshot: db.prepare('INSERT INTO updates (doc, seq, is_snapshot, data) VALUES (?, ?, 1, ?)'),
    recordCompaction: db.prepare(
      `UPDATE docs SET snapshot_seq = ?, log_count = log_count - ?, log_bytes = log_bytes - ?,
         size_bytes = size_bytes - ? + ?, updated_at = max(updated_at, ?)
       WHERE name = ?`,
    ),
    listDocs: db.prepare('SELECT name, size_bytes AS sizeBytes, updated_at AS updatedAt FROM docs ORDER BY name'),
    deleteUpdates: db.prepare('DELETE FROM updates WHERE doc = ?'),
    deleteDoc: db.prepare('DELETE FROM docs WHERE name = ?'),
    ping: db.prepare<[], number>('SELECT 1').pluck(),
    insertVersion: db.prepare(
      `INSERT INTO versions (doc, kind, name, created_at, authors, size_bytes, data) VALUES (?, ?, ?, ?, ?, ?, ?)
       RETURNING id, kind, name, created_at, authors, size_bytes`,
    ),
    listVersions: db.prepare(
      'SELECT id, kind, name, created_at, authors, size_bytes FROM versions WHERE doc = ? ORDER BY created_at DESC, id DESC',
    ),
    selectVersion: db.prepare('SELECT id, kind, name, created_at, authors, size_bytes, data FROM versions WHERE doc = ? AND id = ?'),
    deleteVersion: db.prepare('DELETE FROM versions WHERE doc = ? AND id = ?'),
    deleteVersionsOf: db.prepare('DELETE FROM versions WHERE doc = ?'),
  };
}
