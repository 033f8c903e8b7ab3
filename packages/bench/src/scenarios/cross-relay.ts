import { BenchClient, type BenchClientOptions } from '../client/bench-client';
import { connectMany, terminateAll, waitForQuiet } from '../client/connect-many';
import { DeliveryLedger } from '../client/delivery-ledger';
import { scanMarkers } from '../client/edit-marker';
import { BENCH_TEXT, MarkerWriter } from '../client/marker-writer';
import { textOf } from '../client/observing-client';
import { EventLoopLag } from '../metrics/event-loop-lag';
import { LoadgenCpu } from '../metrics/loadgen-cpu';
import { distribution } from '../metrics/percentiles';
import type { RelayProcess } from '../relays/relay-process';
import type { RelayCluster } from '../relays/relay-target';
import { pace } from './pace';
import { assertAlive, freshDir } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type ScenarioEnv, type Variant } from './scenario';
import { pollUntil } from './wait';

/** Parameters of the cross-relay scenario. */
export interface CrossRelayParams {
  readonly readers: number;
  readonly editsPerSecond: number;
  readonly durationMs: number;
  readonly drainTimeoutMs: number;
}

interface CrossRelayVariant extends Variant {
  readonly relays: 1 | 2;
}

/**
 * Issue 11: one writer on relay A, `readers` readers spread evenly over the cluster's relays
 * (reader i on relay i mod n). With one relay it is the fan-out scenario on the same store
 * configuration: the baseline the two-relay figure is compared with (target ≤ 1.5×).
 */
export function crossRelayScenario(params: CrossRelayParams): Scenario<CrossRelayVariant> {
  return {
    id: ScenarioId.crossRelay,
    title: 'Cross-relay delivery',
    description: `One document, 1 writer on relay A + ${params.readers} readers spread evenly over the relays (1 relay: all on A; 2 relays: every other reader on B, which receives the edit over Redis); ${params.editsPerSecond} edits/s for ${params.durationMs / 1000} s. Relays share one PostgreSQL database and one Redis, each a separate process. Latency from the writer sending an edit to each reader receiving it; relay CPU is the sum over every relay of the cluster, per 1,000 delivered updates (one edit received by one reader).`,
    metrics: [
      { key: 'p50Ms', label: 'p50', unit: 'ms', better: 'lower', digits: 2 },
      { key: 'p99Ms', label: 'p99', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'p99OnAMs', label: 'p99 readers on A', unit: 'ms', better: 'lower', digits: 2 },
      { key: 'p99OnBMs', label: 'p99 readers on B', unit: 'ms', better: 'lower', digits: 2, headline: false },
      { key: 'maxMs', label: 'max', unit: 'ms', better: 'lower', digits: 1 },
      { key: 'cpuMsPer1k', label: 'relay CPU / 1k delivered (all relays)', unit: 'ms', better: 'lower', digits: 1, headline: true },
      { key: 'loadgenLagP99Ms', label: 'load-gen loop lag p99', unit: 'ms', better: 'none', digits: 1 },
      { key: 'loadgenCpuUtil', label: 'load-gen CPU', unit: '%', better: 'none', digits: 0 },
    ],
    variants: [
      { key: `1 relay, N=${params.readers}`, relays: 1 },
      { key: `2 relays, N=${params.readers}`, relays: 2 },
    ],
    async run(env, variant) {
      const cluster = await startRelays(env, variant.relays);
      try {
        await waitForLinkedRelays(cluster);
        const result = await runCrossRelay(env, cluster.relays, params);
        for (const relay of cluster.relays) assertAlive(relay);
        return result;
      } finally {
        await cluster.stop();
      }
    },
  };
}

/** The target's cluster; a relay that cannot share its store runs the one-relay variant alone. */
async function startRelays(env: ScenarioEnv, count: number): Promise<RelayCluster> {
  const options = { dataDir: freshDir(env.workDir, 'data-'), nodeFlags: env.relayNodeFlags };
  if (env.target.startCluster) return env.target.startCluster({ ...options, count });
  if (count !== 1) throw new Error(`${env.target.id} cannot run several relays on one store`);
  const relay = await env.target.start(options);
  return { relays: [relay], stop: async () => void (await relay.stop()) };
}

/** Every relay of the cluster is ready and its fan-out live (so nothing is measured before Redis links them). */
async function waitForLinkedRelays(cluster: RelayCluster): Promise<void> {
  const isLinked = async (relay: RelayProcess): Promise<boolean> => {
    try {
      const response = await fetch(`http://127.0.0.1:${relay.port}/readyz`, { signal: AbortSignal.timeout(1_000) });
      const body = (await response.json().catch(() => ({}))) as { status?: string };
      // A relay without a fan-out answers {"status":"ready"} too; one whose Redis is down, "degraded".
      return response.ok && body.status === 'ready';
    } catch {
      return false;
    }
  };
  const deadline = performance.now() + 15_000;
  while (!(await Promise.all(cluster.relays.map(isLinked))).every(Boolean)) {
    if (performance.now() > deadline) throw new Error('relays not ready with a live fan-out within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runCrossRelay(env: ScenarioEnv, relays: readonly RelayProcess[], params: CrossRelayParams): Promise<RepResult> {
  const { dialect } = env.target;
  const doc = 'cross-relay';
  // One ledger for everyone and one per relay: the writer books each edit in all three, so ids agree.
  const ledgers = [new DeliveryLedger(), new DeliveryLedger(), new DeliveryLedger()] as const;
  const writer = new MarkerWriter();
  const writerClient = await BenchClient.connect({ baseUrl: relays[0]!.baseUrl, doc, dialect, replica: writer.replica, awarenessName: 'writer' });
  const kept = Array.from({ length: params.readers }, () => [] as Uint8Array[]);
  const readerOptions = kept.map((payloads, i): BenchClientOptions => {
    const relayIndex = i % relays.length;
    const own = ledgers[1 + relayIndex]!;
    const key = i + 1;
    return {
      baseUrl: relays[relayIndex]!.baseUrl,
      doc,
      dialect,
      awarenessName: `client-${key}`,
      onSyncPayload(update, receivedAtMs) {
        scanMarkers(update, (id) => {
          ledgers[0].observe(key, id, receivedAtMs);
          own.observe(key, id, receivedAtMs);
        });
        payloads.push(update.slice());
      },
    };
  });
  const readers = await connectMany(readerOptions);
  try {
    await writerClient.synced;
    await waitForQuiet([writerClient, ...readers]);
    const edits = Math.round((params.editsPerSecond * params.durationMs) / 1000);
    const intervalMs = 1000 / params.editsPerSecond;
    const lag = new EventLoopLag();
    lag.start();
    const loadgenCpu = new LoadgenCpu();
    loadgenCpu.start();
    const cpuOf = (): number[] => relays.map((relay) => relay.sample().cpuSeconds);
    const cpuBefore = cpuOf();
    await pace(edits, (i) => i * intervalMs, () => {
      const ids = ledgers.map((ledger) => ledger.recordSend(0));
      const update = writer.edit(ids[0]!);
      const now = performance.now();
      for (const ledger of ledgers) ledger.stampSend(ids[0]!, now);
      writerClient.sendUpdate(update);
    });
    const expected = edits * params.readers;
    const complete = await pollUntil(() => ledgers[0].deliveredCount >= expected, params.drainTimeoutMs);
    const cpuAfter = cpuOf();
    const [relayCpuAS = 0, relayCpuBS = Number.NaN] = cpuAfter.map((seconds, i) => seconds - cpuBefore[i]!);
    const relayCpuS = relayCpuAS + (Number.isNaN(relayCpuBS) ? 0 : relayCpuBS);
    const loadgenLagP99Ms = lag.stopP99Ms();
    const loadgenCpuUtil = loadgenCpu.utilization();
    const writerText = writer.replica.getText(BENCH_TEXT).toString();
    const converged = kept.every((payloads) => textOf(payloads, BENCH_TEXT) === writerText);
    const [all, onA, onB] = ledgers.map((ledger) => distribution(ledger.latencies.toArray()));
    return {
      metrics: {
        p50Ms: all!.p50,
        p99Ms: all!.p99,
        p99OnAMs: onA!.p99,
        p99OnBMs: onB!.p99,
        maxMs: all!.max,
        cpuMsPer1k: (relayCpuS * 1000) / (ledgers[0].deliveredCount / 1000),
        relayCpuS,
        // Per relay, per edit the writer made: what one more relay holding the document costs.
        relayCpuAUsPerEdit: (relayCpuAS * 1e6) / edits,
        relayCpuBUsPerEdit: (relayCpuBS * 1e6) / edits,
        loadgenLagP99Ms,
        loadgenCpuUtil,
        delivered: ledgers[0].deliveredCount,
        expected,
      },
      checks: { allDelivered: complete, converged },
    };
  } finally {
    terminateAll(readers);
    writerClient.terminate();
  }
}
