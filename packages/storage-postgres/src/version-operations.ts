import { parseNumericVersionId, type NewVersion, type StoredVersion, type VersionInfo } from '@tandem/relay-core';
import type { Pool } from 'pg';
import type { Statements } from './statements';

/** PostgreSQL's foreign_key_violation: the document was removed while its version was inserted. */
const FOREIGN_KEY_VIOLATION = '23503';

interface VersionRow {
  readonly id: number;
  readonly kind: 'auto' | 'named';
  readonly name: string | null;
  readonly created_at: number;
  readonly authors: VersionInfo['authors'];
  readonly size_bytes: number;
}

/** The version operations of the store; each is one statement, so one transaction. */
export interface VersionOperations {
  save(doc: string, version: NewVersion): Promise<VersionInfo | null>;
  list(doc: string): Promise<VersionInfo[]>;
  load(doc: string, id: string): Promise<StoredVersion | null>;
  delete(doc: string, ids: readonly string[]): Promise<number>;
}

/** Binds the version operations to a pool and a schema's statements. */
export function createVersionOperations(pool: Pool, sql: Statements): VersionOperations {
  return {
    async save(doc, { kind, name, createdAt, authors, snapshot }) {
      const authorsJson = JSON.stringify(authors.map(({ id, name: authorName }) => ({ id, name: authorName })));
      try {
        const { rows } = await pool.query<VersionRow>(sql.insertVersion, [doc, kind, name, createdAt, authorsJson, snapshot.byteLength, snapshot]);
        return rows[0] ? toVersionInfo(rows[0]) : null;
      } catch (error) {
        // The EXISTS saw the document, but a removal committed before the foreign key check.
        if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) return null;
        throw error;
      }
    },
    async list(doc) {
      const { rows } = await pool.query<VersionRow>(sql.listVersions, [doc]);
      return rows.map(toVersionInfo);
    },
    async load(doc, id) {
      const rowId = parseNumericVersionId(id);
      if (rowId === null) return null;
      const { rows } = await pool.query<VersionRow & { data: Buffer }>(sql.selectVersion, [doc, rowId]);
      const row = rows[0];
      if (!row) return null;
      return { ...toVersionInfo(row), snapshot: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
    },
    async delete(doc, ids) {
      const rowIds = ids.map(parseNumericVersionId).filter((rowId): rowId is number => rowId !== null);
      if (rowIds.length === 0) return 0;
      const result = await pool.query(sql.deleteVersions, [doc, rowIds]);
      return result.rowCount ?? 0;
    },
  };
}

function toVersionInfo(row: VersionRow): VersionInfo {
  return { id: String(row.id), kind: row.kind, name: row.name, createdAt: row.created_at, authors: row.authors, sizeBytes: row.size_bytes };
}
