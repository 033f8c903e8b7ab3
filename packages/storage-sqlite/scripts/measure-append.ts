/**
 * Measures `append` latency (call → durable resolve) on a real file: keystroke-sized updates
 * over a few documents, a compaction every 500 appends per doc like the relay's default.
 * `rate` 0 appends back to back (throughput); otherwise appends arrive open-loop at that rate
 * per second, as keystrokes from many clients would, so queueing behind stalls shows up.
 * Usage: node --import tsx scripts/measure-append.ts [count] [normal|full] [rate]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { createSqliteDocStore, type SqliteSynchronous } from '../src/index';

const count = Number(process.argv[2] ?? 50_000);
const synchronous = (process.argv[3] ?? 'normal') as SqliteSynchronous;
const ratePerS = Number(process.argv[4] ?? 0);
const checkpointIntervalMs = Number(process.env.CHECKPOINT_INTERVAL_MS ?? 1_000);
const DOCS = 10;
const COMPACT_EVERY = 500;
const TICK_MS = 2;

const dir = mkdtempSync(join(tmpdir(), 'tandem-measure-'));
const store = createSqliteDocStore({ path: join(dir, 'tandem.db'), synchronous, checkpointIntervalMs });
const latenciesMs = new Float64Array(count);
// Real keystroke updates: compaction checks that its snapshot covers every row it replaces.
const replicas = Array.from({ length: DOCS }, () => new Y.Doc());

function keystroke(replica: Y.Doc): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  replica.once('update', capture);
  const text = replica.getText('t');
  text.insert(text.length, 'x');
  return update!;
}

async function appendOne(i: number): Promise<void> {
  const replica = replicas[i % DOCS]!;
  const doc = `doc-${i % DOCS}`;
  const update = keystroke(replica);
  const before = performance.now();
  const { seq } = await store.append(doc, update);
  latenciesMs[i] = performance.now() - before;
  // Covers every row through `seq` (and maybe a few keystrokes after it, which stay in the
  // log too: Yjs applies an update twice as once).
  if (seq % COMPACT_EVERY === 0) await store.compact(doc, Y.encodeStateAsUpdate(replica), seq);
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
rmSync(dir, { recursive: true, force: true });

latenciesMs.sort();
const at = (p: number): string => (latenciesMs[Math.min(count - 1, Math.floor(count * p))] ?? 0).toFixed(3);
console.log(
  `synchronous=${synchronous} rate=${ratePerS || 'max'} checkpointIntervalMs=${checkpointIntervalMs} appends=${count} ` +
    `throughput=${Math.round(count / elapsedS)}/s p50=${at(0.5)}ms p99=${at(0.99)}ms p99.9=${at(0.999)}ms max=${at(1)}ms`,
);
