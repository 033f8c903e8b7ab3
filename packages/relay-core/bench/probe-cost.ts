/**
 * Microbenchmark: what the relay's DocState pays to answer the "Saved" probes of
 * `@tandem/client` (a sync step 1 with a wound-back state vector after each edit burst) on the
 * 260k-edit automerge-paper document, with 1, 5 and 20 typists.
 *
 *   npx tsx packages/relay-core/bench/probe-cost.ts [--rounds 200] [--typists 1,5,20]
 *
 * Reads ../shared/traces/automerge-paper.json.gz (next to the repo) and caches the final
 * document under $TMPDIR. Prints, per typist count: CPU time per probe answer, time of the
 * state-vector greeting, answer bytes, and heap bytes allocated per probe. Not part of any test run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { createDocState } from '../src/doc-state';

type Patch = [number, number, string];
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' }, typists: { type: 'string', default: '1,5,20' } } });
const rounds = Number(values.rounds);
const warmupRounds = 5;
const typistCounts = String(values.typists).split(',').map(Number);

const here = fileURLToPath(new URL('.', import.meta.url));
const tracePath = resolve(here, '../../../../shared/traces/automerge-paper.json.gz');

/** The final automerge-paper document as the relay holds it after compaction (GC'd snapshot). */
function loadSnapshot(): Uint8Array {
  const cacheDir = join(tmpdir(), 'tandem-perf');
  const cache = join(cacheDir, 'automerge-paper.snapshot.bin');
  if (existsSync(cache)) return new Uint8Array(readFileSync(cache));
  const trace = JSON.parse(gunzipSync(readFileSync(tracePath)).toString('utf8')) as { txns: { patches: Patch[] }[] };
  const doc = new Y.Doc();
  doc.clientID = 1;
  const text = doc.getText('text');
  for (const { patches } of trace.txns) {
    doc.transact(() => {
      for (const [position, deleteCount, insert] of patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insert) text.insert(position, insert);
      }
    });
  }
  const snapshot = Y.encodeStateAsUpdate(doc);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, snapshot);
  return snapshot;
}

/** Heap bytes allocated while `fn` runs (approximate: GC disabled effects ignored). */
function measure(fn: () => void): { cpuMs: number } {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return { cpuMs: (used.user + used.system) / 1000 };
}

const snapshot = loadSnapshot();
console.log(`automerge-paper snapshot: ${snapshot.byteLength} bytes; rounds per run: ${rounds}`);

for (const typistCount of typistCounts) {
  const state = createDocState([snapshot]);
  const greetMs = measure(() => state.encodeStateVector()).cpuMs;
  // The typists share one replica (they see each other's keystrokes at once; one Y.Doc keeps
  // the benchmark's own heap small), each with its own Yjs client ID and confirmed clock.
  const replica = new Y.Doc({ gc: true });
  Y.applyUpdate(replica, snapshot);
  const text = replica.getText('text');
  const typists = Array.from({ length: typistCount }, (_, i) => ({ clientID: 1000 + i, confirmed: 0 }));
  let probeCpuMs = 0;
  let addCpuMs = 0;
  let answerBytes = 0;
  let probes = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  let allocated = 0;
  for (let round = 0; round < rounds; round++) {
    // Keystrokes and probes interleave (each typist probes ~150 ms after its keystroke, while
    // the others keep typing): every probe finds at least one new update since the last.
    for (const typist of typists) {
      let update: Uint8Array | null = null;
      const onUpdate = (u: Uint8Array) => (update = u);
      replica.on('update', onUpdate);
      replica.clientID = typist.clientID;
      text.insert((round * 7919 + typist.clientID) % text.length, 'x');
      replica.off('update', onUpdate);
      const addCpu = measure(() => state.add(update!)).cpuMs;
      if (round >= warmupRounds) addCpuMs += addCpu;
      const local = Y.decodeStateVector(Y.encodeStateVector(replica));
      local.set(typist.clientID, typist.confirmed);
      const sv = Y.encodeStateVector(local);
      const h0 = process.memoryUsage().heapUsed;
      let answer: Uint8Array = new Uint8Array();
      const cpu = measure(() => {
        answer = state.encodeDiff(sv);
      }).cpuMs;
      const h1 = process.memoryUsage().heapUsed;
      typist.confirmed = Y.decodeStateVector(Y.encodeStateVector(replica)).get(typist.clientID) ?? 0;
      if (round < warmupRounds) continue;
      probeCpuMs += cpu;
      if (h1 > h0) allocated += h1 - h0;
      answerBytes += answer.byteLength;
      probes++;
    }
  }
  void heapBefore;
  console.log(
    `typists=${typistCount}: greet ${greetMs.toFixed(2)} ms; per probe: ${(probeCpuMs / probes).toFixed(3)} ms CPU (add: ${(addCpuMs / probes).toFixed(3)} ms), ` +
      `answer ${Math.round(answerBytes / probes)} B, heap growth ~${Math.round(allocated / probes / 1024)} KB; ` +
      `CPU per second of typing (5 keys/s each, add + probe): ${(((probeCpuMs + addCpuMs) / (rounds - warmupRounds)) * 5).toFixed(1)} ms/s`,
  );
}
