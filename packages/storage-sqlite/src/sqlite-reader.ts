import Database from 'better-sqlite3';
import type { DocSummary } from '@tandem/relay-core';

/** Read-only access to a store's documents, safe while a relay writes to the same file. */
export interface SqliteReader {
  list(): DocSummary[];
  /** The document's stored updates (snapshot first), read in one transaction; null if absent. */
  load(doc: string): Uint8Array[] | null;
  close(): void;
}

/**
 * Opens the store read-only (for export): WAL readers never block the relay's writers, and each
 * `load` is one read transaction, so it sees a document as of one commit.
 */
export function openSqliteReader(path: string): SqliteReader {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5_000 });
  const list = db.prepare<[], DocSummary>('SELECT name, size_bytes AS sizeBytes, updated_at AS updatedAt FROM docs ORDER BY name');
  const exists = db.prepare<[string], number>('SELECT 1 FROM docs WHERE name = ?').pluck();
  const data = db.prepare<[string], Buffer>('SELECT data FROM updates WHERE doc = ? ORDER BY seq').pluck();
  const load = db.transaction((doc: string) => (exists.get(doc) === undefined ? null : data.all(doc).map((b) => new Uint8Array(b))));
  return {
    list: () => list.all(),
    load: (doc) => load(doc),
    close: () => db.close(),
  };
}
