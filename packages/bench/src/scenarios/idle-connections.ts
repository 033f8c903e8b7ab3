import { BenchClient, type BenchClientOptions } from '../client/bench-client';
import { connectMany, terminateAll } from '../client/connect-many';
import type { Dialect } from '../client/dialect';
import { scanMarkers } from '../client/edit-marker';
import type { RelayProcess } from '../relays/relay-process';
import { SEED_MARKER_ID, seedDocument } from '../traces/seed-document';
import { freshDir, withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario } from './scenario';
import { delay, pollUntil } from './wait';

/** Parameters of the idle-connections scenario. */
export interface IdleParams {
  readonly connections: number;
  readonly docs: number;
  readonly docBytes: number;
  /** Pause after the last connection before reading RSS, so memory settles. */
  readonly settleMs: number;
  readonly connectTimeoutMs: number;
  /** Connection counts of the RSS-vs-connections curve; default just `connections`. */
  readonly connectionCounts?: readonly number[];
}

/** Scenario 3: thousands of idle connections over hundreds of documents; relay RSS per connection. */
export function idleScenario(params: IdleParams): Scenario<{ key: string; connections: number }, SeededStore> {
  const counts = params.connectionCounts ?? [params.connections];
  return {
    id: ScenarioId.idle,
    title: 'Idle connections',
    description: `${params.connections} connections (each with an awareness state, like an open editor) over ${params.docs} documents of ~${Math.round(params.docBytes / 1000)} KB of real editing history, stored once, then for each repetition the relay is started afresh on them. RSS per connection = (RSS once every client is synced and ${params.settleMs / 1000} s have passed − RSS of the freshly started relay) / connections; documents loaded for the connections are part of it. The clients connect in two steps — first one per document (every document is then loaded), then the rest — and RSS per added connection = (RSS at the end − RSS after the first step) / the rest: what one more idle connection costs once its document is open.`,
    metrics: [
      { key: 'rssPerConnKb', label: 'RSS / connection', unit: 'KB', better: 'lower', digits: 1, headline: true },
      { key: 'rssPerAddedConnKb', label: 'RSS / added connection (documents loaded)', unit: 'KB', better: 'lower', digits: 1, headline: true },
      { key: 'rssMb', label: 'RSS total', unit: 'MB', better: 'lower', digits: 0 },
      { key: 'baseRssMb', label: 'RSS at start', unit: 'MB', better: 'none', digits: 0 },
      { key: 'connectS', label: 'connect+sync all', unit: 's', better: 'lower', digits: 1 },
      { key: 'relayCpuS', label: 'relay CPU to connect', unit: 's', better: 'lower', digits: 2 },
    ],
    variants: counts.map((connections) => ({ key: `${connections}/${params.docs}`, x: connections, connections })),
    curve: { xLabel: 'idle connections', metrics: ['rssMb', 'rssPerConnKb', 'rssPerAddedConnKb'], isLogX: true },
    // The documents are stored once per relay; every repetition starts the relay afresh on them.
    async prepare(env) {
      const seed = seedDocument(env.tracesDir, params.docBytes);
      const dataDir = freshDir(env.workDir, 'idle-');
      const docNames = Array.from({ length: params.docs }, (_, i) => `idle-${i}`);
      await withRelay(env, (relay) => storeSeeds(relay, env.target.dialect, docNames, seed.state), { dataDir });
      return { dataDir, docNames };
    },
    run: (env, variant, store) =>
      withRelay(env, (relay) => holdIdle(relay, env.target.dialect, store.docNames, { ...params, connections: variant.connections }), { dataDir: store.dataDir }),
  };
}

interface SeededStore {
  readonly dataDir: string;
  readonly docNames: readonly string[];
}

/**
 * Writes the seed into every document, then checks each was stored by reading it back with a
 * fresh connection. A check may have to be repeated: @y/websocket-server loads a document that
 * is reopened right after its last client left before that client's LevelDB write is done, so
 * the first reader can see it empty; reconnecting loads it again.
 */
export async function storeSeeds(relay: RelayProcess, dialect: Dialect, docNames: readonly string[], state: Uint8Array): Promise<void> {
  const seeders = await connectMany(docNames.map((doc) => ({ baseUrl: relay.baseUrl, doc, dialect })), { concurrency: 50 });
  for (const seeder of seeders) seeder.sendUpdate(state);
  await Promise.all(seeders.map((seeder) => seeder.close()));
  let next = 0;
  const checkNext = async (): Promise<void> => {
    while (next < docNames.length) {
      const doc = docNames[next++]!;
      if (!(await readsBackSeed(relay.baseUrl, doc, dialect))) throw new Error(`seed of ${doc} was not stored`);
    }
  };
  await Promise.all(Array.from({ length: 50 }, checkNext));
}

/** True once a fresh client of `doc` receives the seed marker (reconnecting up to `attempts` times). */
export async function readsBackSeed(baseUrl: string, doc: string, dialect: Dialect, attempts = 10): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const checker = seededClient(baseUrl, doc, dialect);
    const client = await BenchClient.connect(checker.options);
    const has = await pollUntil(checker.has, 2_000);
    await client.close();
    if (has) return true;
  }
  return false;
}

async function holdIdle(relay: RelayProcess, dialect: Dialect, docNames: readonly string[], params: IdleParams): Promise<RepResult> {
  const base = relay.sample();
  const startMs = performance.now();
  const idle = Array.from({ length: params.connections }, (_, i) => seededClient(relay.baseUrl, docNames[i % docNames.length]!, dialect, `idle-${i}`));
  // First one client per document, so every document is loaded; then the rest.
  const firstStep = Math.min(docNames.length, params.connections);
  const clients: BenchClient[] = [];
  try {
    const connectAll = async (from: number, to: number) => {
      clients.push(...(await connectMany(idle.slice(from, to).map((c) => c.options), { timeoutMs: params.connectTimeoutMs })));
    };
    await connectAll(0, firstStep);
    await delay(params.settleMs);
    const docsLoaded = relay.sample();
    await connectAll(firstStep, params.connections);
    const hasAll = await pollUntil(() => idle.every((c) => c.has()), params.connectTimeoutMs);
    const connectS = (performance.now() - startMs - params.settleMs) / 1000;
    await delay(params.settleMs);
    const loaded = relay.sample();
    const stillOpen = clients.every((client) => client.isOpen);
    const added = params.connections - firstStep;
    return {
      metrics: {
        rssPerConnKb: (loaded.rssBytes - base.rssBytes) / params.connections / 1024,
        rssPerAddedConnKb: added > 0 ? (loaded.rssBytes - docsLoaded.rssBytes) / added / 1024 : Number.NaN,
        rssMb: loaded.rssBytes / 2 ** 20,
        baseRssMb: base.rssBytes / 2 ** 20,
        connectS,
        relayCpuS: loaded.cpuSeconds - base.cpuSeconds,
      },
      checks: { everyClientHasItsDocument: hasAll, allStillOpen: stillOpen },
    };
  } finally {
    terminateAll(clients);
  }
}

/** A stateless client that notes when the seed marker (the end of the document) has arrived. */
function seededClient(baseUrl: string, doc: string, dialect: Dialect, awarenessName?: string): { options: BenchClientOptions; has: () => boolean } {
  let hasSeed = false;
  return {
    options: {
      baseUrl,
      doc,
      dialect,
      ...(awarenessName ? { awarenessName } : {}),
      onSyncPayload: (update) => scanMarkers(update, (id) => (hasSeed ||= id === SEED_MARKER_ID)),
    },
    has: () => hasSeed,
  };
}
