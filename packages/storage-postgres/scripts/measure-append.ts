/**
 * Measures `append` latency (call → COMMIT returned) against a real PostgreSQL server:
 * keystroke-sized updates over a few documents, a compaction every 500 appends per doc like
 * the relay's default. `rate` 0 appends back to back (throughput); otherwise appends arrive
 * open-loop at that rate per second, as keystrokes from many clients would, so queueing
 * behind a slow commit shows up. Uses a schema of its own, dropped at the end.
 * Usage: node --import tsx scripts/measure-append.ts [count] [rate]
 *        (TANDEM_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test;
 *         MAX_CONCURRENT_COMMITS, default the store's; COMPACT_EVERY, default 500)
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createPostgresDocStore } from '../src/index';

const count = Number(process.argv[2] ?? 20_000);
const ratePerS = Number(process.argv[3] ?? 1_000);
const url = process.env.TANDEM_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const maxConcurrentCommits = process.env.MAX_CONCURRENT_COMMITS ? Number(process.env.MAX_CONCURRENT_COMMITS) : undefined;
const DOCS = 10;
const COMPACT_EVERY = Number(process.env.COMPACT_EVERY ?? 500);
const compactionsMs: number[] = [];
const TICK_MS = 2;

const schema = `tandem_measure_${process.pid}`;
const store = await createPostgresDocStore({ connectionString: url, schema, ...(maxConcurrentCommits ? { maxConcurrentCommits } : {}) });
const latenciesMs = new Float64Array(count);
const update = new Uint8Array(24).fill(7);
const snapshot = new Uint8Array(4096).fill(9);

async function appendOne(i: number): Promise<void> {
  const doc = `doc-${i % DOCS}`;
  const before = performance.now();
  const { seq } = await store.append(doc, update);
  latenciesMs[i] = performance.now() - before;
  if (seq % COMPACT_EVERY === 0) {
    const compactStart = performance.now();
    await store.compact(doc, snapshot, seq);
    compactionsMs.push(performance.now() - compactStart);
  }
}

const started = performance.now();
if (ratePerS === 0) {
  for (let i = 0; i < count; i++) await appendOne(i);
} else {
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; ) {
    const due = Math.min(count, Math.floor(((performance.now() - started) * ratePerS) / 1000) + 1);
    while (i < due) pending.push(appendOne(i++));
    await sleep(TICK_MS);
  }
  await Promise.all(pending);
}
const elapsedS = (performance.now() - started) / 1000;
await store.close();
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
await admin.end();

latenciesMs.sort();
const at = (p: number): string => (latenciesMs[Math.min(count - 1, Math.floor(count * p))] ?? 0).toFixed(3);
console.log(
  `postgres rate=${ratePerS || 'max'} maxConcurrentCommits=${maxConcurrentCommits ?? 'default'} appends=${count} throughput=${Math.round(count / elapsedS)}/s ` +
    `p50=${at(0.5)}ms p99=${at(0.99)}ms p99.9=${at(0.999)}ms max=${at(1)}ms ` +
    `compactions=${compactionsMs.length} (max ${Math.max(0, ...compactionsMs).toFixed(1)}ms)`,
);
