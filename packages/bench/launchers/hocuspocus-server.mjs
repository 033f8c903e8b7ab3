// Starts @hocuspocus/server 3 with durable persistence comparable to its SQLite extension:
// the official Database extension storing the whole document state in SQLite
// (better-sqlite3 here, because @hocuspocus/extension-sqlite needs the sqlite3 native module,
// whose prebuilt download is unreachable; schema and upsert are the SQLite extension's).
// Hocuspocus's defaults are kept: stores are debounced 2 s (at most 10 s), documents unload
// when their last client leaves.
// Env: HOST, PORT, BENCH_DATA_DIR, optional BENCH_DURABLE_ACK_LOG=<file>.
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { createDurableAckLog } from './durable-ack-log.mjs';

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir) throw new Error('BENCH_DATA_DIR is required');
const db = new Sqlite(join(dataDir, 'hocuspocus.sqlite'));
db.exec('CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))');
const selectDoc = db.prepare('SELECT data FROM "documents" WHERE name = ? ORDER BY rowid DESC');
const upsertDoc = db.prepare('INSERT INTO "documents" ("name", "data") VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data');

const persistence = new Database({
  fetch: async ({ documentName }) => selectDoc.get(documentName)?.data ?? null,
  store: async ({ documentName, state }) => {
    upsertDoc.run(documentName, state);
  },
});

const extensions = [persistence];
const ackLog = createDurableAckLog(process.env.BENCH_DURABLE_ACK_LOG);
if (ackLog) extensions.push(durableAckProbe(ackLog));

// An edit is durable once a store that started after it arrived has finished: the store
// encodes the whole document state at its start.
function durableAckProbe(log) {
  /** @type {Map<string, bigint[]>} */
  const arrived = new Map();
  /** @type {Map<string, bigint[]>} */
  const storing = new Map();
  return {
    extensionName: 'bench-durable-ack-probe',
    priority: 1000, // runs before the Database extension's store
    async onChange({ documentName }) {
      const list = arrived.get(documentName) ?? [];
      list.push(process.hrtime.bigint());
      arrived.set(documentName, list);
    },
    async onStoreDocument({ documentName }) {
      storing.set(documentName, arrived.get(documentName) ?? []);
      arrived.set(documentName, []);
    },
    async afterStoreDocument({ documentName }) {
      const now = process.hrtime.bigint();
      for (const receivedNs of storing.get(documentName) ?? []) log.record(receivedNs, now);
      storing.delete(documentName);
    },
  };
}

const server = new Server({
  address: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 1234),
  quiet: true,
  extensions,
});
await server.listen();
console.log(`hocuspocus listening on ${server.httpURL}`);
