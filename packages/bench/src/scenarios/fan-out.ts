import { BenchClient, type Transport } from '../client/bench-client';
import { connectMany, terminateAll, waitForQuiet } from '../client/connect-many';
import { DeliveryLedger } from '../client/delivery-ledger';
import { BENCH_TEXT, MarkerWriter } from '../client/marker-writer';
import { observingClient, textOf } from '../client/observing-client';
import type { Dialect } from '../client/dialect';
import type { RelayProcess } from '../relays/relay-process';
import { EventLoopLag } from '../metrics/event-loop-lag';
import { LoadgenCpu } from '../metrics/loadgen-cpu';
import { distribution } from '../metrics/percentiles';
import { pace } from './pace';
import { withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type Variant } from './scenario';
import { pollUntil } from './wait';

/** Parameters of the fan-out scenario. */
export interface FanOutParams {
  readonly readers: readonly number[];
  readonly editsPerSecond: number;
  readonly durationMs: number;
  /** How long after the last edit every reader may take to see everything. */
  readonly drainTimeoutMs: number;
  /**
   * Readers announce a presence like open editors (default) or watch silently. Every joiner's
   * presence goes to everyone already there: 5,000 announcing readers are 12.5 million
   * awareness messages before the first edit, which the load generator cannot take on 2 cores.
   */
  readonly readersArePresent?: boolean;
}

interface FanOutVariant extends Variant {
  readonly readers: number;
}

/** Scenario 1: one writer, N readers on one document; writer's edit → each reader's observation. */
export function fanOutScenario(params: FanOutParams): Scenario<FanOutVariant> {
  return {
    id: ScenarioId.fanOut,
    title: 'Fan-out',
    description: `One document, 1 writer + N readers${params.readersArePresent === false ? ' (silent viewers: no presence state)' : ' (each with a presence state, like an open editor)'}; the writer makes ${params.editsPerSecond} edits/s for ${params.durationMs / 1000} s. Latency from the writer sending an edit to each reader receiving it; every reader must converge to the writer's text.`,
    metrics: [
      { key: 'p50Ms', label: 'p50', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'p99Ms', label: 'p99', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'maxMs', label: 'max', unit: 'ms', better: 'lower', digits: 1, headline: true },
      { key: 'relayCpuS', label: 'relay CPU', unit: 's', better: 'lower', digits: 2 },
      { key: 'loadgenLagP99Ms', label: 'load-gen loop lag p99', unit: 'ms', better: 'none', digits: 1 },
      { key: 'loadgenCpuUtil', label: 'load-gen CPU', unit: '%', better: 'none', digits: 0 },
    ],
    variants: params.readers.map((readers) => ({ key: `N=${readers}`, x: readers, readers })),
    curve: { xLabel: 'readers per document', metrics: ['p50Ms', 'p99Ms', 'relayCpuS'], isLogX: true },
    run: (env, variant) => withRelay(env, (relay) => runFanOut(relay, env.target.dialect, variant.readers, params)),
  };
}

/** One fan-out measurement on a running relay; every client (writer included) over `transport`. */
export async function runFanOut(relay: RelayProcess, dialect: Dialect, readerCount: number, params: FanOutParams, transport: Transport = 'websocket'): Promise<RepResult> {
  const endpoint = { baseUrl: relay.baseUrl, doc: transport === 'sse' ? 'fan-out-sse' : 'fan-out', dialect, transport };
  const ledger = new DeliveryLedger();
  const writer = new MarkerWriter();
  const writerClient = await BenchClient.connect({ ...endpoint, replica: writer.replica, awarenessName: 'writer' });
  const kept = Array.from({ length: readerCount }, () => [] as Uint8Array[]);
  const isInvisible = params.readersArePresent === false;
  const readers = await connectMany(kept.map((payloads, i) => observingClient(endpoint, i + 1, ledger, { kept: payloads, isInvisible })));
  try {
    await writerClient.synced;
    await waitForQuiet([writerClient, ...readers]);
    const edits = Math.round((params.editsPerSecond * params.durationMs) / 1000);
    const intervalMs = 1000 / params.editsPerSecond;
    const lag = new EventLoopLag();
    lag.start();
    const loadgenCpu = new LoadgenCpu();
    loadgenCpu.start();
    const cpuBefore = relay.sample().cpuSeconds;
    await pace(edits, (i) => i * intervalMs, () => {
      const id = ledger.recordSend(0);
      const update = writer.edit(id);
      ledger.stampSend(id, performance.now());
      writerClient.sendUpdate(update);
    });
    const expected = edits * readerCount;
    const complete = await pollUntil(() => ledger.deliveredCount >= expected, params.drainTimeoutMs);
    const relayCpuS = relay.sample().cpuSeconds - cpuBefore;
    const loadgenLagP99Ms = lag.stopP99Ms();
    const loadgenCpuUtil = loadgenCpu.utilization();
    const writerText = writer.replica.getText(BENCH_TEXT).toString();
    const converged = kept.every((payloads) => textOf(payloads, BENCH_TEXT) === writerText);
    const latency = distribution(ledger.latencies.toArray());
    return {
      metrics: { p50Ms: latency.p50, p99Ms: latency.p99, maxMs: latency.max, relayCpuS, loadgenLagP99Ms, loadgenCpuUtil, delivered: ledger.deliveredCount, expected },
      checks: { allDelivered: complete, converged },
    };
  } finally {
    terminateAll(readers);
    writerClient.terminate();
  }
}
