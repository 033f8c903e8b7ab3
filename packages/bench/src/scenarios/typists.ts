import { DeliveryLedger } from '../client/delivery-ledger';
import { ProbingTypist } from '../client/probing-typist';
import { EventLoopLag } from '../metrics/event-loop-lag';
import { LoadgenCpu } from '../metrics/loadgen-cpu';
import { distribution } from '../metrics/percentiles';
import type { RelayProcess } from '../relays/relay-process';
import { automergePaperStates } from '../traces/document-states';
import { TRACE_TEXT } from '../traces/sequential-updates';
import { pace } from './pace';
import { freshDir, withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type ScenarioEnv, type Variant } from './scenario';
import { storeDocument } from './store-document';
import { pollUntil } from './wait';

/** Parameters of the typists scenario. */
export interface TypistsParams {
  /** Typist counts, one variant each. */
  readonly typists: readonly number[];
  /** Edits of automerge-paper the document holds (all 259,778 in the full run). */
  readonly edits: number;
  readonly keysPerSecond: number;
  readonly durationMs: number;
  /** How long to wait, after the last keystroke, for every one to be delivered and confirmed. */
  readonly drainTimeoutMs: number;
}

interface TypistsVariant extends Variant {
  readonly typists: number;
}

interface Prepared {
  readonly dataDir: string;
}

const DOC = 'automerge-paper';

/**
 * Typists on one big document, driven as `@tandem/client` drives a relay: each keystroke is an
 * update, and the "Saved" indicator probes with a wound-back sync step 1 until the relay
 * confirms it. What it costs the relay to answer those probes (and to relay the keystrokes)
 * grows with the document for a relay that answers from a whole-document merge.
 */
export function typistsScenario(params: TypistsParams): Scenario<TypistsVariant, Prepared> {
  return {
    id: ScenarioId.typists,
    title: 'Typists on one big document',
    description: `automerge-paper (${params.edits.toLocaleString('en')} edits) stored; N typists, each with a full replica, type ${params.keysPerSecond} keystrokes/s at random places for ${params.durationMs / 1000} s, with @tandem/client's "Saved" probes (its SyncLedger: a sync step 1 wound back for the unconfirmed keystrokes, 150 ms after a change, backing off to 4 s). Relay CPU over the typing; "saved" = keystroke until the relay's answer confirms it; delivery = keystroke until each other typist receives it.`,
    metrics: [
      { key: 'relayCpuPct', label: 'relay CPU', unit: '%', better: 'lower', digits: 1, headline: true },
      { key: 'cpuMsPerKey', label: 'relay CPU / keystroke', unit: 'ms', better: 'lower', digits: 2 },
      { key: 'savedP50Ms', label: 'saved p50', unit: 'ms', better: 'lower', digits: 0 },
      { key: 'savedP99Ms', label: 'saved p99', unit: 'ms', better: 'lower', digits: 0, headline: true },
      { key: 'deliveryP99Ms', label: 'delivery p99', unit: 'ms', better: 'lower', digits: 1 },
      { key: 'probesPerKey', label: 'probes / keystroke', unit: '', better: 'none', digits: 2 },
      { key: 'loadgenCpuUtil', label: 'load-gen CPU', unit: '%', better: 'none', digits: 0 },
    ],
    variants: params.typists.map((typists) => ({ key: `${typists} typists`, x: typists, typists })),
    curve: { xLabel: 'typists on the document', metrics: ['relayCpuPct', 'savedP99Ms'] },
    async prepare(env) {
      const [document] = automergePaperStates(env.tracesDir, [params.edits]);
      const dataDir = freshDir(env.workDir, 'typists-');
      await withRelay(
        env,
        (relay) => storeDocument(relay, env.target.dialect, DOC, document!.state, { textName: TRACE_TEXT, expectedText: document!.text, timeoutMs: 120_000 }),
        { dataDir },
      );
      return { dataDir };
    },
    run: (env, variant, prepared) => withRelay(env, (relay) => runTypists(env, relay, variant.typists, params), { dataDir: prepared.dataDir }),
  };
}

async function runTypists(env: ScenarioEnv, relay: RelayProcess, count: number, params: TypistsParams): Promise<RepResult> {
  const deliveries = new DeliveryLedger();
  let seed = 1;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const typists = Array.from({ length: count }, (_, i) => new ProbingTypist(i, TRACE_TEXT, deliveries, random));
  try {
    // One at a time: each receives the whole document.
    for (const typist of typists) await typist.connect({ baseUrl: relay.baseUrl, doc: DOC, dialect: env.target.dialect });
    const keysPerTypist = Math.round((params.keysPerSecond * params.durationMs) / 1000);
    const intervalMs = 1000 / params.keysPerSecond;
    const staggerMs = intervalMs / count;
    const lag = new EventLoopLag();
    lag.start();
    const loadgenCpu = new LoadgenCpu();
    loadgenCpu.start();
    const before = relay.sample().cpuSeconds;
    const startMs = performance.now();
    await pace(keysPerTypist * count, (i) => Math.floor(i / count) * intervalMs + (i % count) * staggerMs, (i) => {
      const author = i % count;
      typists[author]!.type(deliveries.recordSend(author));
    });
    const typingS = (performance.now() - startMs) / 1000;
    const expected = deliveries.sentCount * (count - 1);
    const isDrained = await pollUntil(() => deliveries.deliveredCount >= expected && typists.every((t) => t.unconfirmed === 0), params.drainTimeoutMs);
    // CPU over the typing and its drain; utilisation over the typing time.
    const relayCpuS = relay.sample().cpuSeconds - before;
    const saved = distribution(concat(typists.map((t) => t.savedLatencies.toArray())));
    const delivery = distribution(deliveries.latencies.toArray());
    const keystrokes = deliveries.sentCount;
    return {
      metrics: {
        relayCpuPct: (100 * relayCpuS) / typingS,
        cpuMsPerKey: (relayCpuS * 1000) / keystrokes,
        savedP50Ms: saved.p50,
        savedP99Ms: saved.p99,
        deliveryP99Ms: count > 1 ? delivery.p99 : 0,
        probesPerKey: typists.reduce((sum, t) => sum + t.probesSent, 0) / keystrokes,
        loadgenCpuUtil: loadgenCpu.utilization(),
        loadgenLagP99Ms: lag.stopP99Ms(),
        keystrokes,
      },
      checks: { allDeliveredAndSaved: isDrained },
    };
  } finally {
    for (const typist of typists) typist.stop();
  }
}

function concat(arrays: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(arrays.reduce((sum, a) => sum + a.length, 0));
  let offset = 0;
  for (const array of arrays) {
    all.set(array, offset);
    offset += array.length;
  }
  return all;
}
