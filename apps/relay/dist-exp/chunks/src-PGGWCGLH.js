import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  parseNumericVersionId
} from "./chunk-ILUOTBRX.js";
import "./chunk-IM3GHKGN.js";
import "./chunk-5MV72YBH.js";
import "./chunk-O56Q3G3K.js";
import "./chunk-7X6YPGIX.js";

// ../../packages/storage-postgres/src/append-batcher.ts
function createAppendBatcher(commit, limits, schedule = setImmediate) {
  let queue = [];
  let exclusives = [];
  const busyDocs = /* @__PURE__ */ new Set();
  let inFlight = 0;
  let isScheduled = false;
  let allSettled = Promise.resolve();
  const takeBatch = () => {
    const batch = [];
    const kept = [];
    const held = /* @__PURE__ */ new Set();
    let bytes = 0;
    for (const item of queue) {
      const isFull = batch.length >= limits.maxAppends || batch.length > 0 && bytes + item.update.byteLength > limits.maxBytes;
      if (isFull || busyDocs.has(item.doc) || held.has(item.doc)) {
        kept.push(item);
        held.add(item.doc);
        continue;
      }
      batch.push(item);
      bytes += item.update.byteLength;
    }
    queue = kept;
    return batch;
  };
  let exclusivesRunning = 0;
  const maxExclusives = limits.maxConcurrentExclusive ?? 1;
  const startFreeExclusives = () => {
    const waiting = [];
    for (const job of exclusives) {
      if (exclusivesRunning >= maxExclusives || busyDocs.has(job.doc)) waiting.push(job);
      else {
        busyDocs.add(job.doc);
        exclusivesRunning++;
        job.start();
      }
    }
    exclusives = waiting;
  };
  const pump = () => {
    isScheduled = false;
    startFreeExclusives();
    while (inFlight < limits.maxConcurrent && queue.length > 0) {
      const batch = takeBatch();
      if (batch.length === 0) return;
      const docs = new Set(batch.map((item) => item.doc));
      for (const doc of docs) busyDocs.add(doc);
      inFlight++;
      void commit(batch).then(
        (seqs) => batch.forEach((item, i) => item.resolve({ seq: seqs[i] })),
        // The transaction rolled back as a whole (or its outcome is unknown): no ack for any.
        (error) => batch.forEach((item) => item.reject(error))
      ).finally(() => {
        for (const doc of docs) busyDocs.delete(doc);
        inFlight--;
        pump();
      });
    }
  };
  return {
    append(doc, update) {
      const promise = new Promise((resolve, reject) => {
        queue.push({ doc, update, resolve, reject });
      });
      allSettled = Promise.all([allSettled, promise.catch(() => void 0)]);
      if (!isScheduled) {
        isScheduled = true;
        schedule(pump);
      }
      return promise;
    },
    settled: () => allSettled.then(() => void 0),
    exclusive(doc, job) {
      return new Promise((resolve, reject) => {
        exclusives.push({
          doc,
          start: () => {
            void job().then(resolve, reject).finally(() => {
              busyDocs.delete(doc);
              exclusivesRunning--;
              pump();
            });
          }
        });
        startFreeExclusives();
      });
    }
  };
}

// ../../packages/storage-postgres/src/migrations.ts
var MIGRATIONS = [
  {
    version: 1,
    description: "documents and their update logs",
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
    `
  },
  {
    version: 2,
    description: "versions: full snapshots of a document, kept apart from its update log",
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
    `
  }
];
var SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
var MIGRATION_LOCK_CLASS = 1952542308;
async function migrate(client, schema, quotedSchema) {
  const applied = [];
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [MIGRATION_LOCK_CLASS, schema]);
    const schemas = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
    if (schemas.rowCount === 0) await client.query(`CREATE SCHEMA ${quotedSchema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quotedSchema}.tandem_migrations (
         version integer PRIMARY KEY,
         description text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`
    );
    const { rows } = await client.query(
      `SELECT coalesce(max(version), 0)::integer AS version FROM ${quotedSchema}.tandem_migrations`
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
        migration.description
      ]);
      applied.push(migration.version);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => void 0);
    throw error;
  }
  return applied;
}

// ../../packages/storage-postgres/src/open-pool.ts
import pg from "pg";
var INT8_OID = 20;
var types = {
  getTypeParser: ((oid, format) => oid === INT8_OID && format !== "binary" ? (value) => Number(value) : pg.types.getTypeParser(oid, format))
};
function openPool(settings) {
  const pool = new pg.Pool({
    connectionString: settings.connectionString,
    max: settings.maxConnections,
    min: settings.minConnections,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    // Server-side, so a stuck statement is cancelled there and the connection stays usable.
    statement_timeout: settings.statementTimeoutMs,
    keepAlive: true,
    application_name: "tandem-relay",
    types
  });
  pool.on("error", settings.onPoolError);
  return pool;
}
function redactUrl(connectionString) {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = "***";
    for (const key of [...url.searchParams.keys()]) if (/pass|secret|key/i.test(key)) url.searchParams.set(key, "***");
    return url.toString();
  } catch {
    return "(unparsable URL)";
  }
}
async function warmPool(pool, count) {
  const clients = await Promise.all(Array.from({ length: count }, () => pool.connect()));
  for (const client of clients) client.release();
}

// ../../packages/storage-postgres/src/schema-name.ts
var SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
function quoteSchemaName(schema) {
  if (!SCHEMA_NAME.test(schema)) {
    throw new RangeError(`schema "${schema}" must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63 characters)`);
  }
  return `"${schema}"`;
}

// ../../packages/storage-postgres/src/statements.ts
function createStatements(s) {
  const docs = `${s}.tandem_docs`;
  const updates = `${s}.tandem_updates`;
  const versions = `${s}.tandem_versions`;
  const versionColumns = "id, kind, name, created_at, authors, size_bytes";
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
    deleteVersions: `DELETE FROM ${versions} WHERE doc = $1 AND id = ANY($2::bigint[])`
  };
}

// ../../packages/storage-postgres/src/in-transaction.ts
async function inTransaction(pool, work) {
  const client = await pool.connect();
  let broken;
  const onError = (error) => {
    broken = error;
  };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (!broken) {
      broken = await client.query("ROLLBACK").then(
        () => void 0,
        (rollbackError) => rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))
      );
    }
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}

// ../../packages/storage-postgres/src/store-operations.ts
var DEADLOCK_DETECTED = "40P01";
var MAX_DEADLOCK_RETRIES = 3;
function createStoreOperations(pool, sql) {
  return {
    appendBatch: (batch, nowMs) => appendBatch(pool, sql, batch, nowMs),
    async load(doc) {
      const { rows } = await pool.query({
        name: "tandem-load",
        text: sql.load,
        values: [doc]
      });
      const first = rows[0];
      if (!first) return null;
      const updates = rows.flatMap((row) => row.data ? [new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)] : []);
      return { updates, lastSeq: first.last_seq, logCount: first.log_count, logBytes: first.log_bytes };
    },
    compact: (doc, snapshot, throughSeq, nowMs) => inTransaction(pool, async (client) => {
      const { rows } = await client.query({ name: "tandem-lock-doc", text: sql.lockDoc, values: [doc] });
      const row = rows[0];
      if (!row) return;
      if (!Number.isSafeInteger(throughSeq) || throughSeq < 1 || throughSeq > row.last_seq) {
        throw new RangeError(`compact "${doc}": throughSeq ${throughSeq} is outside 1..${row.last_seq}`);
      }
      if (throughSeq < row.snapshot_seq) return;
      const removed = await client.query({
        name: "tandem-delete-through",
        text: sql.deleteThrough,
        values: [doc, throughSeq]
      });
      const measured = removed.rows[0];
      await client.query({ name: "tandem-insert-snapshot", text: sql.insertSnapshot, values: [doc, throughSeq, snapshot] });
      await client.query({
        name: "tandem-record-compaction",
        text: sql.recordCompaction,
        values: [doc, throughSeq, measured.log_count, measured.log_bytes, measured.total_bytes, snapshot.byteLength, nowMs]
      });
    }),
    remove: (doc) => inTransaction(pool, async (client) => {
      const deleted = await client.query(sql.deleteDoc, [doc]);
      await client.query(sql.deleteUpdates, [doc]);
      return (deleted.rowCount ?? 0) > 0;
    })
  };
}
async function appendBatch(pool, sql, batch, nowMs) {
  const indexesByDoc = /* @__PURE__ */ new Map();
  batch.forEach((item, index) => {
    const indexes = indexesByDoc.get(item.doc);
    if (indexes) indexes.push(index);
    else indexesByDoc.set(item.doc, [index]);
  });
  const names = [...indexesByDoc.keys()];
  const counts = names.map((doc) => indexesByDoc.get(doc).length);
  const bytes = names.map((doc) => indexesByDoc.get(doc).reduce((sum, index) => sum + batch[index].update.byteLength, 0));
  const fromEnd = new Array(batch.length);
  for (const indexes of indexesByDoc.values()) indexes.forEach((index, k) => fromEnd[index] = indexes.length - 1 - k);
  const params = [names, counts, bytes, nowMs, batch.map((item) => item.doc), fromEnd, batch.map((item) => item.update)];
  for (let attempt = 1; ; attempt++) {
    try {
      const { rows } = await pool.query({ name: "tandem-append-batch", text: sql.appendBatch, values: params });
      const lastSeqs = new Map(rows.map((row) => [row.name, row.last_seq]));
      return batch.map((item, index) => lastSeqs.get(item.doc) - fromEnd[index]);
    } catch (error) {
      if (attempt >= MAX_DEADLOCK_RETRIES || error.code !== DEADLOCK_DETECTED) throw error;
    }
  }
}

// ../../packages/storage-postgres/src/version-operations.ts
var FOREIGN_KEY_VIOLATION = "23503";
function createVersionOperations(pool, sql) {
  return {
    async save(doc, { kind, name, createdAt, authors, snapshot }) {
      const authorsJson = JSON.stringify(authors.map(({ id, name: authorName }) => ({ id, name: authorName })));
      try {
        const { rows } = await pool.query(sql.insertVersion, [doc, kind, name, createdAt, authorsJson, snapshot.byteLength, snapshot]);
        return rows[0] ? toVersionInfo(rows[0]) : null;
      } catch (error) {
        if (error.code === FOREIGN_KEY_VIOLATION) return null;
        throw error;
      }
    },
    async list(doc) {
      const { rows } = await pool.query(sql.listVersions, [doc]);
      return rows.map(toVersionInfo);
    },
    async load(doc, id) {
      const rowId = parseNumericVersionId(id);
      if (rowId === null) return null;
      const { rows } = await pool.query(sql.selectVersion, [doc, rowId]);
      const row = rows[0];
      if (!row) return null;
      return { ...toVersionInfo(row), snapshot: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
    },
    async delete(doc, ids) {
      const rowIds = ids.map(parseNumericVersionId).filter((rowId) => rowId !== null);
      if (rowIds.length === 0) return 0;
      const result = await pool.query(sql.deleteVersions, [doc, rowIds]);
      return result.rowCount ?? 0;
    }
  };
}
function toVersionInfo(row) {
  return { id: String(row.id), kind: row.kind, name: row.name, createdAt: row.created_at, authors: row.authors, sizeBytes: row.size_bytes };
}

// ../../packages/storage-postgres/src/postgres-doc-store.ts
async function createPostgresDocStore(options) {
  const url = redactUrl(options.connectionString);
  const schema = options.schema ?? "public";
  const now = options.now ?? Date.now;
  const quoted = quoteSchemaName(schema);
  const maxConcurrentCommits = options.maxConcurrentCommits ?? 2;
  const maxConnections = options.maxConnections ?? 10;
  const pool = openPool({
    connectionString: options.connectionString,
    maxConnections,
    // The group commits' connections stay open through quiet spells.
    minConnections: Math.min(maxConnections, maxConcurrentCommits),
    connectTimeoutMs: options.connectTimeoutMs ?? 5e3,
    statementTimeoutMs: options.statementTimeoutMs ?? 1e4,
    onPoolError: options.onPoolError ?? (() => void 0)
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
    await pool.end().catch(() => void 0);
    throw new Error(`cannot open the PostgreSQL doc store at ${url}: ${describe(error)}`, { cause: error });
  }
  const sql = createStatements(quoted);
  const operations = createStoreOperations(pool, sql);
  const versions = createVersionOperations(pool, sql);
  const batcher = createAppendBatcher((batch) => operations.appendBatch(batch, now()), {
    maxAppends: options.maxBatchAppends ?? 1e3,
    maxBytes: options.maxBatchBytes ?? 8 * 1024 * 1024,
    maxConcurrent: maxConcurrentCommits
  });
  let closing = null;
  const ready = async () => {
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
      if (doc.includes("\0")) return Promise.reject(new RangeError("doc name contains NUL, which PostgreSQL text cannot hold"));
      return batcher.append(doc, Uint8Array.prototype.slice.call(update));
    },
    async compact(doc, snapshot, throughSeq) {
      await ready();
      await batcher.exclusive(doc, () => operations.compact(doc, snapshot, throughSeq, now()));
    },
    async list() {
      await ready();
      const { rows } = await pool.query(sql.list);
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
      await pool.query("SELECT 1");
    },
    close() {
      closing ??= (async () => {
        await batcher.settled();
        await pool.end();
      })();
      return closing;
    }
  };
}
function describe(error) {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof AggregateError && !error.message) return error.errors.map(describe).join("; ");
  return error.message || error.code || error.name;
}
export {
  SCHEMA_VERSION,
  createPostgresDocStore,
  redactUrl
};
