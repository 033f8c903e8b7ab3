import type Database from 'better-sqlite3';

/**
 * Marks the file as a Tandem store (`PRAGMA application_id`), so that pointing the relay at
 * some other application's SQLite database fails at open instead of writing tables into it.
 */
export const TANDEM_APPLICATION_ID = 0x54_44_4d_31; // "TDM1"

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Append new steps, never edit a released one.
 *
 * `docs` keeps per-document counters up to date on every write, so `load` and `list` never
 * aggregate over the log. `updates` is clustered on (doc, seq) (WITHOUT ROWID), so one
 * document's log is contiguous on disk and appending touches a single B-tree.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE docs (
    name         TEXT PRIMARY KEY,
    last_seq     INTEGER NOT NULL,
    snapshot_seq INTEGER NOT NULL,
    log_count    INTEGER NOT NULL,
    log_bytes    INTEGER NOT NULL,
    size_bytes   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE updates (
    doc         TEXT NOT NULL REFERENCES docs (name) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    is_snapshot INTEGER NOT NULL CHECK (is_snapshot IN (0, 1)),
    data        BLOB NOT NULL,
    PRIMARY KEY (doc, seq)
  ) STRICT, WITHOUT ROWID;
  `,
  // Versions: full snapshots of a document, independent of its update log (compaction never
  // touches them). AUTOINCREMENT so an id is never reused after a deletion. The foreign key
  // refuses a version of a document that is not stored and removes versions with their document.
  `
  CREATE TABLE versions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    doc        TEXT NOT NULL REFERENCES docs (name) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('auto', 'named')),
    name       TEXT,
    created_at INTEGER NOT NULL,
    authors    TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    data       BLOB NOT NULL
  ) STRICT;
  CREATE INDEX versions_by_doc ON versions (doc, created_at, id);
  `,
];

/** The schema version this code writes: the number of migrations. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the schema up to {@link SCHEMA_VERSION} in one immediate transaction, so two relays
 * starting on the same file cannot both run a migration. Refuses foreign or newer databases.
 */
export function migrateSchema(db: Database.Database): void {
  const migrate = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== 0 && applicationId !== TANDEM_APPLICATION_ID) {
      throw new Error(`not a Tandem database (application_id ${applicationId})`);
    }
    if (version > SCHEMA_VERSION) {
      throw new Error(`schema version ${version} is newer than this relay supports (${SCHEMA_VERSION}); upgrade Tandem`);
    }
    if (version === 0 && hasTables(db)) {
      throw new Error('not a Tandem database (it already holds other tables)');
    }
    for (const step of MIGRATIONS.slice(version)) db.exec(step);
    if (version < SCHEMA_VERSION) {
      // PRAGMA arguments cannot be bound; both values are integer constants of this module.
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      db.pragma(`application_id = ${TANDEM_APPLICATION_ID}`);
    }
  });
  migrate.immediate();
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}
