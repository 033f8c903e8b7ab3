import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchClient } from '../client/bench-client';
import { connectMany, terminateAll, waitForQuiet } from '../client/connect-many';
import { DeliveryLedger } from '../client/delivery-ledger';
import type { Dialect } from '../client/dialect';
import { MarkerWriter } from '../client/marker-writer';
import { observingClient } from '../client/observing-client';
import { distribution } from '../metrics/percentiles';
import type { RelayProcess } from '../relays/relay-process';
import { pace } from './pace';
import { freshDir, withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario } from './scenario';
import { pollUntil } from './wait';

/** Parameters of the durable-acknowledgement scenario. */
export interface DurableAckParams {
  readonly docs: number;
  readonly editsPerSecond: number;
  readonly durationMs: number;
  /** How long after the last edit the relay may take to store everything (Hocuspocus debounces 2–10 s). */
  readonly storeTimeoutMs: number;
}

/** Scenario 6: edits at a fixed aggregate rate; delay from an edit reaching the relay to it being durable. */
export function durableAckScenario(params: DurableAckParams): Scenario {
  return {
    id: ScenarioId.durableAck,
    title: 'Durable acknowledgement',
    description: `${params.editsPerSecond} edits/s in aggregate over ${params.docs} documents (one writer and one reader each) for ${params.durationMs / 1000} s. Durable delay = time from the edit reaching the relay to the relay's store reporting it written, logged inside the relay process (see "How durability is observed"). Where a relay has no such log, the edit→reader round trip is reported instead: an upper bound for a relay that stores before it broadcasts, meaningless for one that does not.`,
    metrics: [
      { key: 'durableP50Ms', label: 'durable p50', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'durableP99Ms', label: 'durable p99', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'roundTripP99Ms', label: 'edit→reader p99', unit: 'ms', better: 'lower', digits: 2 },
      { key: 'durableIsUpperBound', label: 'durable figure is round-trip bound', unit: '', better: 'none', digits: 0 },
    ],
    variants: [{ key: `${params.editsPerSecond}/s` }],
    async run(env) {
      const logFile = env.target.durableAckProbe === 'relay-log' ? join(freshDir(env.workDir, 'ack-'), 'durable-ack.log') : undefined;
      return withRelay(env, (relay) => measure(relay, env.target.dialect, params, logFile), logFile ? { durableAckLog: logFile } : {});
    },
  };
}

async function measure(relay: RelayProcess, dialect: Dialect, params: DurableAckParams, logFile: string | undefined): Promise<RepResult> {
  const ledger = new DeliveryLedger();
  const writers = Array.from({ length: params.docs }, () => new MarkerWriter());
  const writerClients: BenchClient[] = await connectMany(
    writers.map((writer, i) => ({ baseUrl: relay.baseUrl, doc: `durable-${i}`, dialect, replica: writer.replica, awarenessName: `writer-${i}` })),
  );
  const readers = await connectMany(writers.map((_, i) => observingClient({ baseUrl: relay.baseUrl, doc: `durable-${i}`, dialect }, params.docs + i, ledger)));
  try {
    await waitForQuiet([...writerClients, ...readers]);
    const edits = Math.round((params.editsPerSecond * params.durationMs) / 1000);
    const intervalMs = 1000 / params.editsPerSecond;
    await pace(edits, (i) => i * intervalMs, (i) => {
      const author = i % params.docs;
      const id = ledger.recordSend(author);
      const update = writers[author]!.edit(id);
      ledger.stampSend(id, performance.now());
      writerClients[author]!.sendUpdate(update);
    });
    const delivered = await pollUntil(() => ledger.deliveredCount >= edits, params.storeTimeoutMs);
    const roundTrip = distribution(ledger.latencies.toArray());
    if (!logFile) {
      return {
        metrics: { durableP50Ms: roundTrip.p50, durableP99Ms: roundTrip.p99, roundTripP99Ms: roundTrip.p99, durableIsUpperBound: 1 },
        checks: { allDelivered: delivered },
      };
    }
    const stored = await pollUntil(() => countLines(logFile) >= edits, params.storeTimeoutMs, 100);
    // A relay may log a few extra stores (y-websocket-server stores each document's initial
    // state too), so wait for the log to stop growing rather than cut off the slowest edits.
    await waitUntilStable(() => countLines(logFile), 600);
    const durable = distribution(readDurableDelaysMs(logFile));
    return {
      metrics: { durableP50Ms: durable.p50, durableP99Ms: durable.p99, roundTripP99Ms: roundTrip.p99, durableIsUpperBound: 0, durableLogged: durable.count },
      checks: { allDelivered: delivered, allStored: stored },
    };
  } finally {
    terminateAll([...readers, ...writerClients]);
  }
}

async function waitUntilStable(read: () => number, quietMs: number): Promise<void> {
  let last = read();
  let lastChangeMs = performance.now();
  await pollUntil(() => {
    const now = read();
    if (now !== last) {
      last = now;
      lastChangeMs = performance.now();
    }
    return performance.now() - lastChangeMs >= quietMs;
  }, 10_000, 100);
}

function countLines(file: string): number {
  if (!existsSync(file)) return 0;
  const text = readFileSync(file, 'latin1');
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Parses `<receivedNs> <durableNs>` lines into delays in ms. */
export function readDurableDelaysMs(file: string): Float64Array {
  const lines = readFileSync(file, 'latin1').split('\n').filter(Boolean);
  const delays = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const [received, durable] = line.split(' ');
    delays[i] = Number(BigInt(durable!) - BigInt(received!)) / 1e6;
  });
  return delays;
}
