import type { DocStore, DocSummary } from '@tandem/relay-core';
import { createAppendBatcher } from './append-batcher';
import { migrate } from './migrations';
import { openPool, redactUrl, warmPool } from './open-pool';
import { quoteSchemaName } from './schema-name';
import { createStatements } from './statements';
import { createStoreOperations } from './store-operations';
import { createVersionOperations } from './version-operations';

/** Settings of {@link createPostgresDocStore}. */
export interface PostgresDocStoreOptions {
  /** `postgres://user:password@host:5432/database`, libpq-style parameters allowed. */
  readonly connectionString: string;
  /** Schema holding the tables; created when missing. Default `public`. */
  readonly schema?: string;
  /** Connections in the pool. Default 10. */
  readonly maxConnections?: number;
  /** How long to wait for a new connection before failing the operation. Default 5000. */
  readonly connectTimeoutMs?: number;
  /** Server-side cap on one statement. Default 10000. */
  readonly statementTimeoutMs?: number;
  /** Most appends in one group commit. Default 1000. */
  readonly maxBatchAppends?: number;
  /** Most update bytes in one group commit (one bigger update still goes alone). Default 8 MiB (sent hex-encoded, so twice that in memory). */
  readonly maxBatchBytes?: number;
  /**
   * Group commits in flight at once, over disjoint documents. Default 2: on a 2-core machine
   * shared with PostgreSQL, 4 gave a worse p99 (7.7 vs 4.4 ms at 1,000 appends/s,
   * scripts/measure-append.ts) as the backends compete for CPU; a bigger batch costs little.
   */
  readonly maxConcurrentCommits?: number;
  /** Wall clock for `updatedAt`, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
  /** Told when an idle pooled connection fails (typically: the server restarted). */
  readonly onPoolError?: (error: Error) => void;
}

/** A {@link DocStore} in PostgreSQL, shareable by any number of relays. */
export interface PostgresDocStore extends DocStore {
  /** The connection URL with its password masked, for logs. */
  readonly url: string;
  readonly schema: string;
}

/**
 * Connects, brings the schema up to date (see `migrate`) and returns the store. Rejects with
 * `cannot open the PostgreSQL doc store at <url without password>: <reason>` when the server is
 * unreachable, refuses the login, or holds a newer schema; the pool is closed in that case.
 */
export async function createPostgresDocStore(options: PostgresDocStoreOptions): Promise<PostgresDocStore> {
  const url = redactUrl(options.connectionString);
  const schema = options.schema ?? 'public';
  const now = options.now ?? Date.now;
  const quoted = quoteSchemaName(schema);
  const maxConcurrentCommits = options.maxConcurrentCommits ?? 2;
  const maxConnections = options.maxConnections ?? 10;
  const pool = openPool({
    connectionString: options.connectionString,
    maxConnections,
    // The group commits' connections stay open through quiet spells.
    minConnections: Math.min(maxConnections, maxConcurrentCommits),
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    statementTimeoutMs: options.statementTimeoutMs ?? 10_000,
    onPoolError: options.onPoolError ?? (() => undefined),
  });
  try {
    const client = await pool.connect();
    try {
      await migrate(client, schema, quoted);
    } finally {
      client.release();
    }
    await warmPool(pool, Math.min(maxConnections, maxConcurrentCommits));
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open the PostgreSQL doc store at ${url}: ${describe(error)}`, { cause: error });
  }

  const sql = createStatements(quoted);
  const operations = createStoreOperations(pool, sql);
  const versions = createVersionOperations(pool, sql);
  const batcher = createAppendBatcher((batch) => operations.appendBatch(batch, now()), {
    maxAppends: options.maxBatchAppends ?? 1_000,
    maxBytes: options.maxBatchBytes ?? 8 * 1024 * 1024,
    maxConcurrent: maxConcurrentCommits,
  });
  let closing: Promise<void> | null = null;

  /** Rejects once closed; otherwise waits for earlier appends so a read sees them. */
  const ready = async (): Promise<void> => {
    if (closing) throw new Error(`the PostgreSQL doc store at ${url} is closed`);
    await batcher.settled();
  };

  return {
    url,
    schema,
    async load(doc) {
      await ready();
      return operations.load(doc);
    },
    append(doc, update) {
      if (closing) return Promise.reject(new Error(`the PostgreSQL doc store at ${url} is closed`));
      // Refused here, alone: in the batch it would roll back everyone else's appends too.
      if (doc.includes('\u0000')) return Promise.reject(new RangeError('doc name contains NUL, which PostgreSQL text cannot hold'));
      // A copy: the caller may reuse its buffer before the batch is sent.
      return batcher.append(doc, Uint8Array.prototype.slice.call(update));
    },
    async compact(doc, snapshot, throughSeq) {
      await ready();
      await batcher.exclusive(doc, () => operations.compact(doc, snapshot, throughSeq, now()));
    },
    async list(): Promise<DocSummary[]> {
      await ready();
      const { rows } = await pool.query<{ name: string; size_bytes: number; updated_at: number }>(sql.list);
      return rows.map((row) => ({ name: row.name, sizeBytes: row.size_bytes, updatedAt: row.updated_at }));
    },
    async remove(doc) {
      await ready();
      return operations.remove(doc);
    },
    async saveVersion(doc, version) {
      await ready();
      return versions.save(doc, version);
    },
    async listVersions(doc) {
      await ready();
      return versions.list(doc);
    },
    async loadVersion(doc, id) {
      await ready();
      return versions.load(doc, id);
    },
    async deleteVersions(doc, ids) {
      await ready();
      return versions.delete(doc, ids);
    },
    async ping() {
      if (closing) throw new Error(`the PostgreSQL doc store at ${url} is closed`);
      await pool.query('SELECT 1');
    },
    close() {
      closing ??= (async () => {
        // Appends accepted before close still commit (or fail) before the pool goes.
        await batcher.settled();
        await pool.end();
      })();
      return closing;
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // AggregateError (every address of a host refused) has an empty message of its own.
  if (error instanceof AggregateError && !error.message) return error.errors.map(describe).join('; ');
  return error.message || (error as NodeJS.ErrnoException).code || error.name;
}
