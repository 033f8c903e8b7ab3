/**
 * Figures for version history (issue 12), a benchmark rather than a timed test:
 *
 * 1. automerge-paper (259,778 edits by one author) replayed into the editor's body: the time
 *    the relay takes to render a stored version (GET …/versions/{id}?format=…) and to diff two
 *    versions, and a version against the live document (GET …/diff), over real HTTP.
 * 2. friendsforever (26,078 transactions by two people typing at once): storage used by
 *    versions when one is recorded every N updates.
 *
 * Run: npm run bench:versions -w @tandem/bench [-- --only render|storage]. Prints Markdown.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { startRelayServer } from '@tandem/relay';
import { defaultRelayOptions, snapshotFromStore } from '@tandem/relay-core';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import { benchPaths } from '../repo-paths';
import { planConcurrentReplay } from '../traces/concurrent-plan';
import { ConcurrentReplay } from '../traces/concurrent-replay';
import { loadTrace, type ConcurrentTrace, type SequentialTrace } from '../traces/load-trace';

const RUNS = 9;
const WARMUP = 10;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * Replays a sequential trace into the body as the editor holds it (`XmlFragment('default')`,
 * here one paragraph whose text takes every edit), returning the state after `at` edits for
 * each requested count.
 */
function replayIntoBody(trace: SequentialTrace, at: readonly number[]): Map<number, Uint8Array> {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment('default').insert(0, [paragraph]);
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getText('title').insert(0, 'automerge-paper');
  const states = new Map<number, Uint8Array>();
  trace.txns.forEach((txn, index) => {
    doc.transact(() => {
      for (const [position, deleteCount, insert] of txn.patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insert) text.insert(position, insert);
      }
    });
    if (at.includes(index + 1)) states.set(index + 1, Y.encodeStateAsUpdate(doc));
  });
  return states;
}

/** Median time of RUNS requests after WARMUP unmeasured ones (the JIT warms up over the first few). */
async function timeGet(url: string): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const start = performance.now();
    const res = await fetch(url);
    bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    if (run >= WARMUP) times.push(performance.now() - start);
  }
  return { ms: median(times), bytes };
}

async function renderAndDiff(tracesDir: string): Promise<string[]> {
  const trace = loadTrace<SequentialTrace>(tracesDir, 'automerge-paper.json.gz');
  const total = trace.txns.length;
  const earlier = total - 10_000;
  const half = Math.floor(total / 2);
  const states = replayIntoBody(trace, [half, earlier, total]);
  const dir = mkdtempSync(join(tmpdir(), 'tandem-versions-bench-'));
  const store = createSqliteDocStore({ path: join(dir, 'tandem.db') });
  const doc = 'automerge-paper';
  await store.append(doc, states.get(total)!);
  const save = async (edits: number) => (await store.saveVersion(doc, { kind: 'auto', name: null, createdAt: Date.now(), authors: [], snapshot: states.get(edits)! }))!;
  const [atHalf, atEarlier, atEnd] = [await save(half), await save(earlier), await save(total)];
  const server = await startRelayServer({ store, logger: silent }, {
    host: '127.0.0.1', port: 0, webDir: null, pingIntervalMs: 15_000, pingTimeoutMs: 45_000, relay: defaultRelayOptions,
    allowedOrigins: null, maxConnectionsPerAddress: 1_000, adminToken: null, maxImportBytes: 10 * 1024 * 1024,
  });
  const base = `${server.url}/api/docs/${doc}/versions`;
  const lines = [
    `automerge-paper: ${total.toLocaleString('en')} edits, final text ${trace.endContent.length.toLocaleString('en')} chars, version snapshot ${kb(atEnd.sizeBytes)}. Median of ${RUNS} requests after ${WARMUP} to warm up, over loopback HTTP (SQLite store, relay in this process, nothing loaded in memory):`,
    '',
    '| request | time | response |',
    '|---|---|---|',
  ];
  try {
    for (const format of ['text', 'markdown', 'html', 'json', 'yjs']) {
      const { ms, bytes } = await timeGet(`${base}/${atEnd.id}?format=${format}`);
      lines.push(`| render the last version as ${format} | ${ms.toFixed(0)} ms | ${kb(bytes)} |`);
    }
    for (const [label, from, against] of [
      ['diff: version 10,000 edits back → last version', atEarlier.id, atEnd.id],
      ['diff: version at half the edits → last version', atHalf.id, atEnd.id],
      ['diff: version 10,000 edits back → current document', atEarlier.id, 'current'],
    ] as const) {
      const { ms, bytes } = await timeGet(`${base}/${from}/diff?against=${against}`);
      lines.push(`| ${label} | ${ms.toFixed(0)} ms | ${kb(bytes)} |`);
    }
  } finally {
    await server.drain();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

/** Every update of friendsforever, in the order a relay would store them. */
async function friendsforeverUpdates(tracesDir: string): Promise<Uint8Array[]> {
  const trace = loadTrace<ConcurrentTrace>(tracesDir, 'friendsforever.json.gz');
  const replay = new ConcurrentReplay(planConcurrentReplay(trace));
  const stored: Uint8Array[] = [];
  await Promise.all(
    replay.agents.map((agent) =>
      agent.run((update) => {
        stored.push(update);
        replay.agents.forEach((other) => setImmediate(() => other.receive(update)));
      }),
    ),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return stored;
}

async function versionStorage(tracesDir: string): Promise<string[]> {
  const updates = await friendsforeverUpdates(tracesDir);
  const lines = [
    `friendsforever: ${updates.length.toLocaleString('en')} updates from two people typing at once, replayed into SQLite with an automatic version (the whole document, read back from the store as the relay does) every N updates; no retention applied:`,
    '',
    '| N | versions | bytes in versions | mean version | document (snapshot + log) | database file |',
    '|---|---|---|---|---|---|',
  ];
  for (const every of [100, 500, 1_000, 5_000]) {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-versions-storage-'));
    const path = join(dir, 'tandem.db');
    const store = createSqliteDocStore({ path });
    const doc = 'friendsforever';
    let lastSeq = 0;
    for (const [index, update] of updates.entries()) {
      lastSeq = (await store.append(doc, update)).seq;
      // Compact as the relay does by default (every 500 updates), so the log stays small.
      if ((index + 1) % 500 === 0) await store.compact(doc, (await snapshotFromStore(store, doc))!, lastSeq);
      if ((index + 1) % every === 0) {
        const snapshot = (await snapshotFromStore(store, doc))!;
        await store.saveVersion(doc, { kind: 'auto', name: null, createdAt: Date.now(), authors: [], snapshot });
      }
    }
    const versions = await store.listVersions(doc);
    const versionBytes = versions.reduce((sum, version) => sum + version.sizeBytes, 0);
    const docBytes = (await store.list())[0]!.sizeBytes;
    await store.close();
    lines.push(
      `| ${every.toLocaleString('en')} | ${versions.length} | ${kb(versionBytes)} | ${kb(versionBytes / Math.max(1, versions.length))} | ${kb(docBytes)} | ${kb(statSync(path).size)} |`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

const { tracesDir } = benchPaths();
// `--only render` or `--only storage` runs one half.
const only = process.argv[process.argv.indexOf('--only') + 1];
const output = [
  ...(only === 'storage' ? [] : await renderAndDiff(tracesDir)),
  '',
  ...(only === 'render' ? [] : await versionStorage(tracesDir)),
];
console.log(output.join('\n'));
