/**
 * Measures `append` latency and throughput on a real file: keystroke-sized updates spread over
 * a few documents, with a compaction every 500 appends per doc like the relay's default.
 * Usage: node --import tsx scripts/measure-append.ts [count] [normal|full]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteDocStore, type SqliteSynchronous } from '../src/index';

const count = Number(process.argv[2] ?? 50_000);
const synchronous = (process.argv[3] ?? 'normal') as SqliteSynchronous;
const DOCS = 10;
const COMPACT_EVERY = 500;

const dir = mkdtempSync(join(tmpdir(), 'tandem-measure-'));
const store = createSqliteDocStore({ path: join(dir, 'tandem.db'), synchronous });
const latenciesMs = new Float64Array(count);
const update = new Uint8Array(24).fill(7);
const snapshot = new Uint8Array(4096).fill(9);
const started = performance.now();
for (let i = 0; i < count; i++) {
  const doc = `doc-${i % DOCS}`;
  const before = performance.now();
  const { seq } = await store.append(doc, update);
  latenciesMs[i] = performance.now() - before;
  if (seq % COMPACT_EVERY === 0) await store.compact(doc, snapshot, seq);
}
const elapsedS = (performance.now() - started) / 1000;
await store.close();
rmSync(dir, { recursive: true, force: true });

latenciesMs.sort();
const at = (p: number): string => (latenciesMs[Math.min(count - 1, Math.floor(count * p))] ?? 0).toFixed(3);
console.log(
  `synchronous=${synchronous} appends=${count} throughput=${Math.round(count / elapsedS)}/s ` +
    `p50=${at(0.5)}ms p99=${at(0.99)}ms p99.9=${at(0.999)}ms max=${at(1)}ms`,
);
