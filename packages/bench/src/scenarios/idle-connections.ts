import { BenchClient, type BenchClientOptions } from '../client/bench-client';
import { connectMany, terminateAll } from '../client/connect-many';
import type { Dialect } from '../client/dialect';
import { scanMarkers } from '../client/edit-marker';
import type { RelayProcess } from '../relays/relay-process';
import { SEED_MARKER_ID, seedDocument, type SeedDocument } from '../traces/seed-document';
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
}

/** Scenario 3: thousands of idle connections over hundreds of documents; relay RSS per connection. */
export function idleScenario(params: IdleParams): Scenario<{ key: string }, SeedDocument> {
  return {
    id: ScenarioId.idle,
    title: 'Idle connections',
    description: `${params.connections} connections (each with an awareness state, like an open editor) over ${params.docs} documents of ~${Math.round(params.docBytes / 1000)} KB of real editing history, stored first, then the relay restarted. RSS per connection = (RSS once every client is synced and ${params.settleMs / 1000} s have passed − RSS of the freshly restarted relay) / connections; documents loaded for the connections are part of it.`,
    metrics: [
      { key: 'rssPerConnKb', label: 'RSS / connection', unit: 'KB', better: 'lower', digits: 1, headline: true },
      { key: 'rssMb', label: 'RSS total', unit: 'MB', better: 'lower', digits: 0 },
      { key: 'baseRssMb', label: 'RSS at start', unit: 'MB', better: 'none', digits: 0 },
      { key: 'connectS', label: 'connect+sync all', unit: 's', better: 'lower', digits: 1 },
      { key: 'relayCpuS', label: 'relay CPU to connect', unit: 's', better: 'lower', digits: 2 },
    ],
    variants: [{ key: `${params.connections}/${params.docs}` }],
    prepare: async (env) => seedDocument(env.tracesDir, params.docBytes),
    async run(env, _variant, seed) {
      const dataDir = freshDir(env.workDir, 'idle-');
      const docNames = Array.from({ length: params.docs }, (_, i) => `idle-${i}`);
      await withRelay(env, (relay) => storeSeeds(relay, env.target.dialect, docNames, seed.state), { dataDir });
      return withRelay(env, (relay) => holdIdle(relay, env.target.dialect, docNames, params), { dataDir });
    },
  };
}

// Writes the seed into every document and checks each was stored: a second connection must
// get it back (for y-websocket-server that reads LevelDB, since the document unloads when the
// seeding client leaves), so no write is still queued when the relay is stopped.
async function storeSeeds(relay: RelayProcess, dialect: Dialect, docNames: readonly string[], state: Uint8Array): Promise<void> {
  const seeders = await connectMany(docNames.map((doc) => ({ baseUrl: relay.baseUrl, doc, dialect })), { concurrency: 50 });
  for (const seeder of seeders) seeder.sendUpdate(state);
  await Promise.all(seeders.map((seeder) => seeder.close()));
  const checkers: { options: BenchClientOptions; has: () => boolean }[] = docNames.map((doc) => seededClient(relay.baseUrl, doc, dialect));
  const clients = await connectMany(checkers.map((c) => c.options), { concurrency: 50 });
  const stored = await pollUntil(() => checkers.every((c) => c.has()), 60_000);
  await Promise.all(clients.map((client) => client.close()));
  if (!stored) throw new Error('seed documents were not all stored');
}

async function holdIdle(relay: RelayProcess, dialect: Dialect, docNames: readonly string[], params: IdleParams): Promise<RepResult> {
  const base = relay.sample();
  const startMs = performance.now();
  const idle = Array.from({ length: params.connections }, (_, i) => seededClient(relay.baseUrl, docNames[i % docNames.length]!, dialect, `idle-${i}`));
  let clients: BenchClient[] = [];
  try {
    clients = await connectMany(idle.map((c) => c.options), { timeoutMs: params.connectTimeoutMs });
    const hasAll = await pollUntil(() => idle.every((c) => c.has()), params.connectTimeoutMs);
    const connectS = (performance.now() - startMs) / 1000;
    await delay(params.settleMs);
    const loaded = relay.sample();
    const stillOpen = clients.every((client) => client.isOpen);
    return {
      metrics: {
        rssPerConnKb: (loaded.rssBytes - base.rssBytes) / params.connections / 1024,
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
