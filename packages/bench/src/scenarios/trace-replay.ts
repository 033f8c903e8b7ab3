import * as Y from 'yjs';
import { BenchClient } from '../client/bench-client';
import { connectMany, terminateAll, waitForQuiet, withDeadline } from '../client/connect-many';
import type { Dialect } from '../client/dialect';
import type { RelayProcess } from '../relays/relay-process';
import { planConcurrentReplay, type ConcurrentPlan } from '../traces/concurrent-plan';
import { ConcurrentReplay } from '../traces/concurrent-replay';
import { loadTrace, type ConcurrentTrace } from '../traces/load-trace';
import { TRACE_TEXT } from '../traces/sequential-updates';
import { withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario } from './scenario';
import { pollUntil } from './wait';

/** Parameters of the trace-replay scenario. */
export interface TraceReplayParams {
  readonly readers: number;
  /** Transactions of friendsforever to replay (all 26,078 in the full run). */
  readonly txns: number;
  readonly timeoutMs: number;
}

const DOC = 'friendsforever';

/** Scenario 5: friendsforever replayed by its two authors through the relay, with readers. */
export function traceReplayScenario(params: TraceReplayParams): Scenario<{ key: string }, ConcurrentPlan> {
  return {
    id: ScenarioId.traceReplay,
    title: 'Trace replay',
    description: `friendsforever (${params.txns.toLocaleString('en')} transactions by 2 concurrent authors) replayed as fast as causality allows: each author applies a transaction once its parents reached it through the relay. ${params.readers} readers watch. Total time until every replica (readers and both authors) holds everything, which must equal the trace's endContent.`,
    metrics: [
      { key: 'totalS', label: 'total time', unit: 's', better: 'lower', digits: 2, headline: true },
      { key: 'relayCpuS', label: 'relay CPU', unit: 's', better: 'lower', digits: 2 },
    ],
    variants: [{ key: `${params.readers} readers` }],
    prepare: async (env) => planConcurrentReplay(loadTrace<ConcurrentTrace>(env.tracesDir, 'friendsforever.json.gz'), params.txns),
    run: (env, _variant, plan) => withRelay(env, (relay) => replayThrough(relay, env.target.dialect, plan, params)),
  };
}

async function replayThrough(relay: RelayProcess, dialect: Dialect, plan: ConcurrentPlan, params: TraceReplayParams): Promise<RepResult> {
  const endpoint = { baseUrl: relay.baseUrl, dialect, doc: DOC };
  const replay = new ConcurrentReplay(plan);
  let isComplete: ((doc: Y.Doc) => boolean) | null = null;
  const doneAtMs = new Map<Y.Doc, number>();
  const checkDone = (doc: Y.Doc): void => {
    if (!doneAtMs.has(doc) && isComplete?.(doc)) doneAtMs.set(doc, performance.now());
  };
  const watch = (doc: Y.Doc): void => {
    doc.on('update', () => checkDone(doc));
  };
  const readerDocs = Array.from({ length: params.readers }, () => new Y.Doc());
  readerDocs.forEach(watch);
  replay.agents.forEach((agent) => watch(agent.inbox));
  const authors = await Promise.all(
    replay.agents.map((agent) =>
      BenchClient.connect({ ...endpoint, replica: agent.inbox, awarenessName: `author-${agent.index}`, onSyncPayload: (u) => agent.receive(u) }),
    ),
  );
  const readers = await connectMany(
    readerDocs.map((doc, i) => ({ ...endpoint, replica: doc, awarenessName: `reader-${i}`, onSyncPayload: (u: Uint8Array) => Y.applyUpdate(doc, u) })),
  );
  try {
    await Promise.all(authors.map((author) => author.synced));
    await waitForQuiet([...authors, ...readers]);
    const before = relay.sample().cpuSeconds;
    const startMs = performance.now();
    // An author waiting for an edit that never comes (relay closed its socket, e.g. rate
    // limiting) must fail the repetition, not hang the bench.
    const replayed = Promise.all(replay.agents.map((agent, a) => agent.run((update) => authors[a]!.sendUpdate(update))));
    const dropped = Promise.race(authors.map((author) => author.closed)).then((code) => {
      throw new Error(`the relay closed an author's connection (code ${code}) during the replay`);
    });
    await withDeadline(Promise.race([replayed, dropped]), Date.now() + params.timeoutMs, 'the authors to replay the trace');
    isComplete = replay.completionCheck();
    const replicas = [...readerDocs, ...replay.agents.map((agent) => agent.inbox)];
    // A replica that completed before the authors' last send returned is counted now.
    replicas.forEach(checkDone);
    const complete = await pollUntil(() => doneAtMs.size >= replicas.length, params.timeoutMs);
    const totalS = (Math.max(...doneAtMs.values()) - startMs) / 1000;
    const relayCpuS = relay.sample().cpuSeconds - before;
    const texts = replicas.map((doc) => doc.getText(TRACE_TEXT).toString());
    const reference = plan.endContent ?? mergedText(replay);
    return {
      metrics: { totalS: complete ? totalS : Number.NaN, relayCpuS },
      checks: { allReplicasComplete: complete, allEqualEndContent: texts.every((text) => text === reference) },
    };
  } finally {
    terminateAll([...readers, ...authors]);
  }
}

// For a partial replay (smoke test) there is no endContent: the reference is the authors'
// working replicas merged locally, without the relay (together they hold every transaction).
function mergedText(replay: ConcurrentReplay): string {
  const doc = new Y.Doc();
  replay.agents.forEach((agent) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(agent.working)));
  return doc.getText(TRACE_TEXT).toString();
}
