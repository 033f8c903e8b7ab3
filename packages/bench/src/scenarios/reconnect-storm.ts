import { scanMarkers } from '../client/edit-marker';
import { ReconnectingClient, type CloseOutcome } from '../client/reconnecting-client';
import { distribution } from '../metrics/percentiles';
import type { RelayProcess } from '../relays/relay-process';
import { SEED_MARKER_ID, seedDocument } from '../traces/seed-document';
import { storeSeeds } from './idle-connections';
import { freshDir, withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type ScenarioEnv, type Variant } from './scenario';
import { pollUntil } from './wait';

/** Parameters of the reconnection storm. */
export interface ReconnectStormParams {
  /** Client counts (the curve's points). */
  readonly clients: readonly number[];
  readonly docs: number;
  readonly docBytes: number;
  /** Clients started at a time before the storm (so the first connect is not itself a storm). */
  readonly connectBatch: number;
  readonly connectTimeoutMs: number;
  /** How long every client may take to be synced again after the restart. */
  readonly resyncTimeoutMs: number;
}

interface StormVariant extends Variant {
  readonly clients: number;
}

interface StormStore {
  readonly dataDir: string;
  readonly docNames: readonly string[];
}

/**
 * Refusals that mean "over a limit": 1013 TRY_AGAIN_LATER, 4429, 4529 RATE_LIMITED, 4508
 * HANDSHAKE_TIMEOUT, and HTTP 429 at the upgrade (connections per address). HTTP 503 and
 * refused TCP connects are the restart itself and are counted apart.
 */
const LIMIT_OUTCOMES: ReadonlySet<CloseOutcome> = new Set(['1013', '4429', '4529', '4508', 'HTTP 429']);

/**
 * Issue 15: N synced clients over D documents; the relay is stopped with SIGTERM and started
 * again on the same data directory and port; the clients come back on their own with stock
 * y-websocket's backoff. Time until every client is synced again, relay CPU meanwhile, and
 * refusals by close code.
 */
export function reconnectStormScenario(params: ReconnectStormParams): Scenario<StormVariant, StormStore> {
  return {
    id: ScenarioId.reconnectStorm,
    title: 'Reconnection storm',
    description: `N clients (each with an awareness state) over ${params.docs} stored documents of ~${Math.round(params.docBytes / 1000)} KB, all synced; then the relay gets SIGTERM and, once it has exited, is started again on the same data directory and port. The clients reconnect by themselves with stock y-websocket 3.1's rules (backoff min(2^n × 100 ms, 2.5 s), reset on sync, give up on 4400–4499). Resync = SIGTERM → every client synced again and holding its document = (SIGTERM → old process exited) + (spawn → new process answers its health check) + (→ every client synced); relay CPU = the new process's CPU from its start until every client is synced; limit refusals = closes ${[...LIMIT_OUTCOMES].join('/')} (other outcomes in the notes).`,
    metrics: [
      { key: 'resyncAllS', label: 'every client synced again', unit: 's', better: 'lower', digits: 2, headline: true },
      { key: 'resyncP50S', label: 'resync p50', unit: 's', better: 'lower', digits: 2 },
      { key: 'drainS', label: 'SIGTERM → exited', unit: 's', better: 'lower', digits: 2 },
      { key: 'startS', label: 'spawn → ready', unit: 's', better: 'lower', digits: 2 },
      { key: 'afterReadyS', label: 'ready → every client synced', unit: 's', better: 'lower', digits: 2 },
      { key: 'relayCpuS', label: 'relay CPU in the storm', unit: 's', better: 'lower', digits: 2, headline: true },
      // Judged as its own target (none is the only right figure), not as a race with Hocuspocus.
      { key: 'limitRefusals', label: 'limit refusals', unit: '', better: 'none', digits: 0, headline: true },
      { key: 'attemptsPerClient', label: 'attempts / client', unit: '', better: 'none', digits: 1 },
    ],
    variants: params.clients.map((clients) => ({ key: `${clients}/${params.docs}`, x: clients, clients })),
    curve: { xLabel: 'clients', metrics: ['resyncAllS', 'relayCpuS', 'limitRefusals'], isLogX: false },
    async prepare(env) {
      const seed = seedDocument(env.tracesDir, params.docBytes);
      const dataDir = freshDir(env.workDir, 'storm-');
      const docNames = Array.from({ length: params.docs }, (_, i) => `storm-${i}`);
      await withRelay(env, (relay) => storeSeeds(relay, env.target.dialect, docNames, seed.state), { dataDir });
      return { dataDir, docNames };
    },
    run: (env, variant, store) => runStorm(env, store, variant.clients, params),
  };
}

async function runStorm(env: ScenarioEnv, store: StormStore, count: number, params: ReconnectStormParams): Promise<RepResult> {
  const first = await env.target.start({ dataDir: store.dataDir, nodeFlags: env.relayNodeFlags });
  let second: RelayProcess | null = null;
  const outcomes = new Map<CloseOutcome, number>();
  let isStorm = false;
  const hasDoc = new Uint8Array(count);
  const clients = Array.from(
    { length: count },
    (_, i) =>
      new ReconnectingClient(
        {
          baseUrl: first.baseUrl,
          doc: store.docNames[i % store.docNames.length]!,
          dialect: env.target.dialect,
          awarenessName: `storm-${i}`,
          onSyncPayload: (update) => scanMarkers(update, (id) => (hasDoc[i] ||= id === SEED_MARKER_ID ? 1 : 0)),
        },
        (outcome) => {
          if (isStorm) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        },
      ),
  );
  try {
    for (let start = 0; start < count; start += params.connectBatch) {
      const batch = clients.slice(start, start + params.connectBatch);
      for (const client of batch) client.start();
      if (!(await pollUntil(() => batch.every((c) => c.isSynced), params.connectTimeoutMs))) throw new Error(`clients ${start}… did not sync before the storm`);
    }
    if (!(await pollUntil(() => hasDoc.every(Boolean), params.connectTimeoutMs))) throw new Error('not every client got its document before the storm');
    const attemptsBefore = clients.reduce((sum, c) => sum + c.attempts, 0);
    hasDoc.fill(0);
    isStorm = true;
    const downAtMs = performance.now();
    const exitCode = await first.stop();
    const exitedAtMs = performance.now();
    if (exitCode !== 0 && exitCode !== null) env.log(`exit code ${exitCode} on SIGTERM`);
    second = await env.target.start({ dataDir: store.dataDir, nodeFlags: env.relayNodeFlags, port: first.port });
    const readyAtMs = performance.now();
    const isBack = (c: ReconnectingClient, i: number): boolean => c.isSynced && c.lastSyncedAtMs > downAtMs && hasDoc[i] === 1;
    const allBack = await pollUntil(() => clients.every(isBack), params.resyncTimeoutMs);
    const doneAtMs = performance.now();
    const relayCpuS = second.sample().cpuSeconds;
    const resynced = clients.filter(isBack).map((c) => (c.lastSyncedAtMs - downAtMs) / 1000);
    const limitRefusals = [...outcomes].reduce((sum, [outcome, n]) => sum + (LIMIT_OUTCOMES.has(outcome) ? n : 0), 0);
    const note = `closes and refusals during the storm: ${[...outcomes].map(([outcome, n]) => `${outcome}×${n}`).join(', ') || 'none'}`;
    env.log(note);
    return {
      metrics: {
        resyncAllS: allBack ? (doneAtMs - downAtMs) / 1000 : Number.NaN,
        resyncP50S: distribution(Float64Array.from(resynced)).p50,
        drainS: (exitedAtMs - downAtMs) / 1000,
        startS: (readyAtMs - exitedAtMs) / 1000,
        afterReadyS: allBack ? (doneAtMs - readyAtMs) / 1000 : Number.NaN,
        relayCpuS,
        limitRefusals,
        attemptsPerClient: (clients.reduce((sum, c) => sum + c.attempts, 0) - attemptsBefore) / count,
        resynced: resynced.length,
        gaveUp: clients.filter((c) => c.hasGivenUp).length,
      },
      checks: { everyClientResyncedWithItsDocument: allBack, noClientGaveUp: clients.every((c) => !c.hasGivenUp) },
      notes: [note],
    };
  } finally {
    for (const client of clients) client.stop();
    await first.stop();
    await second?.stop();
  }
}
