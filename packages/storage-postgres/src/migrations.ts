import type { PoolClient } from 'pg';

/** One step of the schema, applied once, in version order, inside the migration transaction. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** SQL for the schema `s` (already quoted). */
  readonly sql: (s: string) => string;
}

/**
 * Every schema change the store has ever made, oldest first. Append only: a released
 * migration is never edited, because relays already ran it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents and their update logs',
    sql: (s) => `
      -- Counters kept up to date on every write, so load and list never aggregate the log.
      -- COLLATE "C": names are opaque byte-wise keys (case-sensitive, locale-independent order).
      CREATE TABLE ${s}.tandem_docs (
        name text COLLATE "C" PRIMARY KEY,
        last_seq bigint NOT NULL,
        snapshot_seq bigint NOT NULL DEFAULT 0,
        log_count bigint NOT NULL DEFAULT 0,
        log_bytes bigint NOT NULL DEFAULT 0,
        size_bytes bigint NOT NULL DEFAULT 0,
        updated_at bigint NOT NULL
      );
      -- One row per update; a compacted snapshot is the row at seq = the last seq it covers.
      CREATE TABLE ${s}.tandem_updates (
        doc text COLLATE "C" NOT NULL,
        seq bigint NOT NULL,
        is_snapshot boolean NOT NULL DEFAULT false,
        data bytea NOT NULL,
        PRIMARY KEY (doc, seq)
      );
      -- Yjs updates do not compress well: skip TOAST's compression attempt on big snapshots.
      ALTER TABLE ${s}.tandem_updates ALTER COLUMN data SET STORAGE EXTERNAL;
    `,
  },
  {
    version: 2,
    description: 'versions: full snapshots of a document, kept apart from its update log',
    sql: (s) => `
      -- Independent of tandem_updates, so compaction never touches a version. The foreign key
      -- refuses a version of a document that is not stored (also one removed concurrently: the
      -- check waits for the removal's row lock) and removes versions with their document.
      -- An identity is never reused, so an old version link cannot open a later version.
      CREATE TABLE ${s}.tandem_versions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc text COLLATE "C" NOT NULL REFERENCES ${s}.tandem_docs (name) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('auto', 'named')),
        name text,
        created_at bigint NOT NULL,
        authors jsonb NOT NULL,
        size_bytes bigint NOT NULL,
        data bytea NOT NULL
      );
      CREATE INDEX tandem_versions_by_doc ON ${s}.tandem_versions (doc, created_at DESC, id DESC);
      ALTER TABLE ${s}.tandem_versions ALTER COLUMN data SET STORAGE EXTERNAL;
    `,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

/** First key of the migration advisory lock ("tand"); the second is the schema's hash. */
const MIGRATION_LOCK_CLASS = 0x74616e64;

/**
 * Brings `schema` to {@link SCHEMA_VERSION} in one transaction under an advisory lock, so two
 * relays starting at once apply each migration exactly once: the second waits for the first's
 * COMMIT, then finds nothing left to do. PostgreSQL DDL is transactional, so a failed
 * migration leaves the schema as it was. Refuses a schema newer than this code.
 * Returns the versions it applied (empty when already current).
 */
export async function migrate(client: PoolClient, schema: string, quotedSchema: string): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]);
    // Only when missing: CREATE SCHEMA needs a privilege a relay's role may rightly lack.
    const schemas = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (schemas.rowCount === 0) await client.query(`CREATE SCHEMA ${quotedSchema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quotedSchema}.tandem_migrations (
         version integer PRIMARY KEY,
         description text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT coalesce(max(version), 0)::integer AS version FROM ${quotedSchema}.tandem_migrations`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(`schema "${schema}" is at version ${current}, newer than this relay's ${SCHEMA_VERSION}: upgrade the relay`);
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql(quotedSchema));
      await client.query(`INSERT INTO ${quotedSchema}.tandem_migrations (version, description) VALUES ($1, $2)`, [
        migration.version,
        migration.description,
      ]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return applied;
}
