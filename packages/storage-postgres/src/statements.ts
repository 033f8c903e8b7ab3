/** Above this many rows one INSERT is split: PostgreSQL binds at most 65,535 parameters. */
export const MAX_ROWS_PER_INSERT = 1_000;

/** The SQL of every store operation, for one (quoted) schema. */
export interface Statements {
  /** Reserves `$2` seqs for doc `$1` and adds `$3` bytes; locks the doc's row until COMMIT. */
  readonly reserveSeqs: string;
  /** Inserts `rows` log rows: parameters (doc, seq, data) per row. */
  insertUpdates(rows: number): string;
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
}

/** Builds the statements for schema `s` (already validated and quoted). */
export function createStatements(s: string): Statements {
  const docs = `${s}.tandem_docs`;
  const updates = `${s}.tandem_updates`;
  return {
    reserveSeqs: `
      INSERT INTO ${docs} AS d (name, last_seq, log_count, log_bytes, size_bytes, updated_at)
      VALUES ($1, $2, $2, $3, $3, $4)
      ON CONFLICT (name) DO UPDATE SET
        last_seq = d.last_seq + EXCLUDED.last_seq,
        log_count = d.log_count + EXCLUDED.log_count,
        log_bytes = d.log_bytes + EXCLUDED.log_bytes,
        size_bytes = d.size_bytes + EXCLUDED.size_bytes,
        updated_at = GREATEST(d.updated_at, EXCLUDED.updated_at)
      RETURNING last_seq`,
    insertUpdates(rows) {
      const values = Array.from({ length: rows }, (_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`);
      return `INSERT INTO ${updates} (doc, seq, data) VALUES ${values.join(', ')}`;
    },
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
  };
}
