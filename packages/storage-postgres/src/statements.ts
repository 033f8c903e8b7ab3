/** The SQL of every store operation, for one (quoted) schema. */
export interface Statements {
  /**
   * A whole group commit as one statement (so one round trip, and in autocommit its own
   * transaction). Per document ($1 names, $2 counts, $3 bytes, $4 now) it reserves seqs with
   * an upsert that holds the row lock until COMMIT, then inserts the rows ($5 doc, $6 position
   * from the doc's last row, $7 data). Returns each document's new last_seq.
   */
  readonly appendBatch: string;
  /** One statement, so one snapshot: the counters and the rows always agree. */
  readonly load: string;
  readonly lockDoc: string;
  /** Deletes rows up to `$2` and measures what went (log rows and every row). */
  readonly deleteThrough: string;
  readonly insertSnapshot: string;
  readonly recordCompaction: string;
  readonly deleteDoc: string;
  readonly deleteUpdates: string;
  readonly list: string;
  /** Inserts a version if its document is stored; returns the row (no data), or nothing. */
  readonly insertVersion: string;
  readonly listVersions: string;
  readonly selectVersion: string;
  readonly deleteVersions: string;
}

/** Builds the statements for schema `s` (already validated and quoted). */
export function createStatements(s: string): Statements {
  const docs = `${s}.tandem_docs`;
  const updates = `${s}.tandem_updates`;
  const versions = `${s}.tandem_versions`;
  const versionColumns = 'id, kind, name, created_at, authors, size_bytes';
  return {
    appendBatch: `
      WITH input AS (
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS t(doc, n, bytes)
      ),
      reserved AS (
        INSERT INTO ${docs} AS d (name, last_seq, log_count, log_bytes, size_bytes, updated_at)
        SELECT doc, n, n, bytes, bytes, $4 FROM input ORDER BY doc
        ON CONFLICT (name) DO UPDATE SET
          last_seq = d.last_seq + EXCLUDED.last_seq,
          log_count = d.log_count + EXCLUDED.log_count,
          log_bytes = d.log_bytes + EXCLUDED.log_bytes,
          size_bytes = d.size_bytes + EXCLUDED.size_bytes,
          updated_at = GREATEST(d.updated_at, EXCLUDED.updated_at)
        RETURNING d.name, d.last_seq
      ),
      inserted AS (
        INSERT INTO ${updates} (doc, seq, data)
        SELECT u.doc, r.last_seq - u.from_end, u.data
        FROM unnest($5::text[], $6::bigint[], $7::bytea[]) AS u(doc, from_end, data)
        JOIN reserved r ON r.name = u.doc
      )
      SELECT name, last_seq FROM reserved`,
    load: `
      SELECT d.last_seq, d.log_count, d.log_bytes, u.data
      FROM ${docs} d LEFT JOIN ${updates} u ON u.doc = d.name
      WHERE d.name = $1
      ORDER BY u.seq`,
    lockDoc: `SELECT last_seq, snapshot_seq FROM ${docs} WHERE name = $1 FOR UPDATE`,
    deleteThrough: `
      WITH removed AS (
        DELETE FROM ${updates} WHERE doc = $1 AND seq <= $2 RETURNING is_snapshot, octet_length(data) AS bytes
      )
      SELECT
        count(*) FILTER (WHERE NOT is_snapshot) AS log_count,
        coalesce(sum(bytes) FILTER (WHERE NOT is_snapshot), 0)::bigint AS log_bytes,
        coalesce(sum(bytes), 0)::bigint AS total_bytes
      FROM removed`,
    insertSnapshot: `INSERT INTO ${updates} (doc, seq, is_snapshot, data) VALUES ($1, $2, true, $3)`,
    recordCompaction: `
      UPDATE ${docs} SET
        snapshot_seq = $2,
        log_count = log_count - $3,
        log_bytes = log_bytes - $4,
        size_bytes = size_bytes - $5 + $6,
        updated_at = GREATEST(updated_at, $7)
      WHERE name = $1`,
    deleteDoc: `DELETE FROM ${docs} WHERE name = $1`,
    deleteUpdates: `DELETE FROM ${updates} WHERE doc = $1`,
    list: `SELECT name, size_bytes, updated_at FROM ${docs} ORDER BY name`,
    insertVersion: `
      INSERT INTO ${versions} (doc, kind, name, created_at, authors, size_bytes, data)
      SELECT $1, $2, $3, $4, $5::jsonb, $6, $7 WHERE EXISTS (SELECT 1 FROM ${docs} WHERE name = $1)
      RETURNING ${versionColumns}`,
    listVersions: `SELECT ${versionColumns} FROM ${versions} WHERE doc = $1 ORDER BY created_at DESC, id DESC`,
    selectVersion: `SELECT ${versionColumns}, data FROM ${versions} WHERE doc = $1 AND id = $2`,
    deleteVersions: `DELETE FROM ${versions} WHERE doc = $1 AND id = ANY($2::bigint[])`,
  };
}
