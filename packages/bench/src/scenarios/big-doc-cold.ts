import * as Y from 'yjs';
import { BenchClient } from '../client/bench-client';
import type { Dialect } from '../client/dialect';
import type { RelayProcess } from '../relays/relay-process';
import { loadTrace, type SequentialTrace } from '../traces/load-trace';
import { sequentialUpdates, TRACE_TEXT, type SequentialUpdates } from '../traces/sequential-updates';
import { freshDir, withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario } from './scenario';
import { delay, pollUntil } from './wait';

/** Parameters of the big-document scenario. */
export interface BigDocParams {
  /** Edits of automerge-paper to replay (all 259,778 in the full run). */
  readonly edits: number;
  /** Edits sent per connection while storing the document. */
  readonly editsPerSession: number;
  /** Updates in flight before the loader waits for the socket to drain. */
  readonly maxBufferedBytes: number;
  readonly loadTimeoutMs: number;
  readonly syncTimeoutMs: number;
  /** Pause after sync before reading RSS. */
  readonly settleMs: number;
  /** Document sizes (edits) of the size curve; default just `edits`. */
  readonly editCounts?: readonly number[];
}

interface Prepared {
  readonly dataDir: string;
  readonly expectedText: string;
  readonly loadS: number;
}

const DOC = 'automerge-paper';

// Generating 260k updates takes seconds: done once per process, shared by every relay.
let cachedUpdates: { edits: number; value: SequentialUpdates } | undefined;

function traceUpdates(tracesDir: string, edits: number): SequentialUpdates {
  if (cachedUpdates?.edits !== edits) {
    cachedUpdates = { edits, value: sequentialUpdates(loadTrace<SequentialTrace>(tracesDir, 'automerge-paper.json.gz'), edits) };
  }
  return cachedUpdates.value;
}

/** Scenario 4: the automerge-paper document, stored, relay restarted, a fresh client syncs it. */
export function bigDocColdScenario(params: BigDocParams): Scenario<{ key: string; edits: number }, Prepared> {
  const sizes = params.editCounts ?? [params.edits];
  return {
    id: ScenarioId.bigDocCold,
    title: 'Big document, cold',
    description: `automerge-paper (${sizes.map((edits) => edits.toLocaleString('en')).join(' / ')} edits, sent through the relay as one update per edit, in sessions of ${params.editsPerSession} edits while a reader keeps the document open) is stored; the relay is restarted so the document is not in memory, then a fresh client connects. Time from opening the socket until the client's text equals the full text (includes the client applying it), and relay RSS with the document loaded.`,
    metrics: [
      { key: 'syncMs', label: 'time to synced', unit: 'ms', better: 'lower', digits: 0, headline: true },
      { key: 'rssMb', label: 'RSS loaded', unit: 'MB', better: 'lower', digits: 1, headline: true },
      { key: 'docRssMb', label: 'RSS loaded − at start', unit: 'MB', better: 'lower', digits: 1 },
      { key: 'peakRssMb', label: 'peak RSS', unit: 'MB', better: 'lower', digits: 1 },
      { key: 'clientApplyMs', label: 'client apply (in sync time)', unit: 'ms', better: 'none', digits: 0 },
      { key: 'loadS', label: 'ingest of all edits (once)', unit: 's', better: 'lower', digits: 1 },
    ],
    variants: sizes.map((edits) => ({ key: edits >= 10_000 ? `${Math.round(edits / 1000)}k edits` : `${edits} edits`, x: edits, edits })),
    curve: { xLabel: 'document size (edits)', metrics: ['rssMb', 'syncMs'], isLogX: true },
    async prepare(env, variant) {
      const trace = traceUpdates(env.tracesDir, variant.edits);
      const dataDir = freshDir(env.workDir, 'big-doc-');
      const startMs = performance.now();
      await withRelay(env, (relay) => ingest(relay, env.target.dialect, trace, params), { dataDir });
      return { dataDir, expectedText: trace.finalText, loadS: (performance.now() - startMs) / 1000 };
    },
    run: (env, _variant, prepared) =>
      withRelay(env, (relay) => coldSync(relay, env.target.dialect, prepared, params), { dataDir: prepared.dataDir }),
  };
}

// Sends every edit as its own update, in editing sessions of `editsPerSession` edits (a
// connection each, as an author reopening the document; it also keeps every session within
// per-connection rate limits), while one reader keeps the document open throughout. Then checks
// the relay kept everything (a fresh client must get the full text) before it is stopped.
async function ingest(relay: RelayProcess, dialect: Dialect, trace: SequentialUpdates, params: BigDocParams): Promise<void> {
  const endpoint = { baseUrl: relay.baseUrl, doc: DOC, dialect };
  const holder = await BenchClient.connect(endpoint);
  await holder.synced;
  const deadline = performance.now() + params.loadTimeoutMs;
  for (let first = 0; first < trace.updates.length; first += params.editsPerSession) {
    const session = await BenchClient.connect(endpoint);
    await session.synced;
    for (const update of trace.updates.slice(first, first + params.editsPerSession)) {
      session.sendUpdate(update);
      if (session.bufferedAmount > params.maxBufferedBytes) {
        const drained = await pollUntil(() => session.bufferedAmount < params.maxBufferedBytes / 2, deadline - performance.now(), 1);
        if (!drained) throw new Error('relay did not take the big document in time');
      }
    }
    await pollUntil(() => session.bufferedAmount === 0, deadline - performance.now(), 1);
    await session.close(params.loadTimeoutMs);
    if (performance.now() > deadline) throw new Error('relay did not take the big document in time');
  }
  await holder.close();
  const check = await syncFresh(relay, dialect, trace.finalText, Math.max(1_000, deadline - performance.now()));
  await check.client.close();
  if (!check.ok) throw new Error('relay did not return the full big document after ingest');
}

async function coldSync(relay: RelayProcess, dialect: Dialect, prepared: Prepared, params: BigDocParams): Promise<RepResult> {
  const base = relay.sample();
  const result = await syncFresh(relay, dialect, prepared.expectedText, params.syncTimeoutMs);
  // Read memory while the client is still connected: relays unload a document its last client left.
  await delay(params.settleMs);
  const loaded = relay.sample();
  await result.client.close();
  return {
    metrics: {
      syncMs: result.syncMs,
      rssMb: loaded.rssBytes / 2 ** 20,
      docRssMb: (loaded.rssBytes - base.rssBytes) / 2 ** 20,
      peakRssMb: loaded.peakRssBytes / 2 ** 20,
      clientApplyMs: result.applyMs,
      loadS: prepared.loadS,
    },
    checks: { fullText: result.ok },
  };
}

/** Connects a fresh client and waits until its text equals `expected`; the caller closes it. */
async function syncFresh(
  relay: RelayProcess,
  dialect: Dialect,
  expected: string,
  timeoutMs: number,
): Promise<{ ok: boolean; syncMs: number; applyMs: number; client: BenchClient }> {
  const replica = new Y.Doc();
  const text = replica.getText(TRACE_TEXT);
  let applyMs = 0;
  let doneAtMs = Number.NaN;
  const startMs = performance.now();
  const client = await BenchClient.connect({
    baseUrl: relay.baseUrl,
    doc: DOC,
    dialect,
    replica,
    onSyncPayload(update) {
      const before = performance.now();
      Y.applyUpdate(replica, update);
      applyMs += performance.now() - before;
      // Length first: comparing 100k characters on every small update would be wasteful.
      if (Number.isNaN(doneAtMs) && text.length === expected.length && text.toString() === expected) doneAtMs = performance.now();
    },
  });
  const ok = await pollUntil(() => !Number.isNaN(doneAtMs), timeoutMs, 1);
  return { ok, syncMs: doneAtMs - startMs, applyMs, client };
}
