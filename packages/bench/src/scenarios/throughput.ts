import { BenchClient, type BenchClientOptions } from '../client/bench-client';
import { connectMany, terminateAll, waitForQuiet } from '../client/connect-many';
import { DeliveryLedger } from '../client/delivery-ledger';
import type { Dialect } from '../client/dialect';
import { MarkerWriter } from '../client/marker-writer';
import { observingClient } from '../client/observing-client';
import { EventLoopLag } from '../metrics/event-loop-lag';
import { LoadgenCpu } from '../metrics/loadgen-cpu';
import { distribution } from '../metrics/percentiles';
import type { RelayProcess } from '../relays/relay-process';
import { pace } from './pace';
import { withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type Variant } from './scenario';
import { pollUntil } from './wait';

/** Parameters of the throughput scenario. */
export interface ThroughputParams {
  readonly docs: number;
  readonly clientsPerDoc: number;
  readonly editsPerSecondPerClient: number;
  readonly durationMs: number;
  readonly drainTimeoutMs: number;
}

/** Scenario 2: many documents, every client typing; relay CPU per 1,000 delivered updates. */
export function throughputScenario(params: ThroughputParams): Scenario {
  const { docs, clientsPerDoc, editsPerSecondPerClient, durationMs } = params;
  return {
    id: ScenarioId.throughput,
    title: 'Throughput',
    description: `${docs} documents × ${clientsPerDoc} clients, each typing ${editsPerSecondPerClient} edits/s for ${durationMs / 1000} s (${docs * clientsPerDoc * editsPerSecondPerClient} edits/s offered). A delivered update is one edit received by one client other than its author; relay CPU (utime+stime from /proc) over the run divided by delivered updates.`,
    metrics: [
      { key: 'cpuMsPer1k', label: 'relay CPU / 1k delivered', unit: 'ms', better: 'lower', digits: 1, headline: true },
      { key: 'p99Ms', label: 'p99', unit: 'ms', better: 'lower', digits: 1, headline: true },
      { key: 'p50Ms', label: 'p50', unit: 'ms', better: 'lower', digits: 2 },
      { key: 'relayCpuUtil', label: 'relay CPU use', unit: '%', better: 'none', digits: 0 },
      { key: 'loadgenLagP99Ms', label: 'load-gen loop lag p99', unit: 'ms', better: 'none', digits: 1 },
      { key: 'loadgenCpuUtil', label: 'load-gen CPU', unit: '%', better: 'none', digits: 0 },
    ],
    variants: [{ key: `${docs}×${clientsPerDoc}` }],
    run: (env) => withRelay(env, (relay) => runThroughput(relay, env.target.dialect, params)),
  };
}

async function runThroughput(relay: RelayProcess, dialect: Dialect, params: ThroughputParams): Promise<RepResult> {
  const clientCount = params.docs * params.clientsPerDoc;
  const ledger = new DeliveryLedger();
  const writers = Array.from({ length: clientCount }, () => new MarkerWriter());
  const options: BenchClientOptions[] = writers.map((writer, i) =>
    observingClient({ baseUrl: relay.baseUrl, doc: `doc-${i % params.docs}`, dialect }, i, ledger, { replica: writer.replica }),
  );
  const clients: BenchClient[] = await connectMany(options);
  try {
    await waitForQuiet(clients);
    const editsPerClient = Math.round((params.editsPerSecondPerClient * params.durationMs) / 1000);
    const intervalMs = 1000 / params.editsPerSecondPerClient;
    // Clients start spread evenly over one interval: steady load rather than synchronised bursts.
    const staggerMs = intervalMs / clientCount;
    const lag = new EventLoopLag();
    lag.start();
    const loadgenCpu = new LoadgenCpu();
    loadgenCpu.start();
    const before = relay.sample().cpuSeconds;
    const startMs = performance.now();
    await pace(editsPerClient * clientCount, (i) => Math.floor(i / clientCount) * intervalMs + (i % clientCount) * staggerMs, (i) => {
      const author = i % clientCount;
      const id = ledger.recordSend(author);
      const update = writers[author]!.edit(id);
      ledger.stampSend(id, performance.now());
      clients[author]!.sendUpdate(update);
    });
    const expected = ledger.sentCount * (params.clientsPerDoc - 1);
    const complete = await pollUntil(() => ledger.deliveredCount >= expected, params.drainTimeoutMs);
    const wallS = (performance.now() - startMs) / 1000;
    const relayCpuS = relay.sample().cpuSeconds - before;
    const latency = distribution(ledger.latencies.toArray());
    return {
      metrics: {
        cpuMsPer1k: (relayCpuS * 1000) / (ledger.deliveredCount / 1000),
        p99Ms: latency.p99,
        p50Ms: latency.p50,
        relayCpuUtil: (100 * relayCpuS) / wallS,
        loadgenLagP99Ms: lag.stopP99Ms(),
        loadgenCpuUtil: loadgenCpu.utilization(),
        delivered: ledger.deliveredCount,
        expected,
        echoes: ledger.echoes,
      },
      checks: { allDelivered: complete },
    };
  } finally {
    terminateAll(clients);
  }
}
