import { connectMany, terminateAll, waitForQuiet } from '../client/connect-many';
import type { Dialect } from '../client/dialect';
import type { RelayProcess } from '../relays/relay-process';
import { seedDocument } from '../traces/seed-document';
import { readsBackSeed } from './idle-connections';
import { withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type Variant } from './scenario';
import { delay, pollUntil } from './wait';

/** Parameters of the loaded-documents curve. */
export interface LoadedDocsParams {
  /** Document counts (the curve's points). */
  readonly docCounts: readonly number[];
  readonly docBytes: number;
  /** Pause after the last write before reading RSS, so memory settles. */
  readonly settleMs: number;
  readonly connectTimeoutMs: number;
  /** Documents read back by a fresh client afterwards (a sample: the check, not the load). */
  readonly readBackSample: number;
}

interface LoadedDocsVariant extends Variant {
  readonly docs: number;
}

/**
 * Issue 15: how relay memory grows with documents open at once. One idle client per document
 * (the relays here hold one document per y-websocket connection); each writes a small real
 * document into its own fresh document, so the relay holds N documents with content.
 */
export function loadedDocsScenario(params: LoadedDocsParams): Scenario<LoadedDocsVariant> {
  return {
    id: ScenarioId.loadedDocs,
    title: 'Loaded documents',
    description: `N documents open at once on a freshly started relay: one client per document (no awareness state), each writing ~${Math.round(params.docBytes / 1000)} KB of real editing history (the first edits of automerge-paper) into its own new document, then idle. RSS per loaded document = (RSS once every write has gone quiet and ${params.settleMs / 1000} s have passed − RSS of the fresh relay) / N; the client's connection is part of it. ${params.readBackSample} documents are then read back by fresh clients.`,
    metrics: [
      { key: 'rssPerDocKb', label: 'RSS / loaded doc', unit: 'KB', better: 'lower', digits: 1, headline: true },
      { key: 'rssMb', label: 'RSS total', unit: 'MB', better: 'lower', digits: 0, headline: true },
      { key: 'baseRssMb', label: 'RSS at start', unit: 'MB', better: 'none', digits: 0 },
      { key: 'openS', label: 'open + write all', unit: 's', better: 'lower', digits: 1 },
      { key: 'relayCpuS', label: 'relay CPU to open', unit: 's', better: 'lower', digits: 2 },
    ],
    variants: params.docCounts.map((docs) => ({ key: `docs=${docs}`, x: docs, docs })),
    curve: { xLabel: 'loaded documents', metrics: ['rssMb', 'rssPerDocKb'], isLogX: true },
    run: (env, variant) => {
      const seed = seedDocument(env.tracesDir, params.docBytes);
      return withRelay(env, (relay) => holdLoaded(relay, env.target.dialect, variant.docs, seed.state, params));
    },
  };
}

async function holdLoaded(relay: RelayProcess, dialect: Dialect, docs: number, state: Uint8Array, params: LoadedDocsParams): Promise<RepResult> {
  const base = relay.sample();
  const startMs = performance.now();
  const docNames = Array.from({ length: docs }, (_, i) => `loaded-${i}`);
  const clients = await connectMany(
    docNames.map((doc) => ({ baseUrl: relay.baseUrl, doc, dialect })),
    { timeoutMs: params.connectTimeoutMs },
  );
  try {
    for (const client of clients) client.sendUpdate(state);
    await pollUntil(() => clients.every((client) => client.bufferedAmount === 0), params.connectTimeoutMs);
    await waitForQuiet(clients);
    const openS = (performance.now() - startMs) / 1000;
    await delay(params.settleMs);
    const loaded = relay.sample();
    const stillOpen = clients.every((client) => client.isOpen);
    // Spread over the whole range, so the last documents opened are checked too.
    const step = Math.max(1, Math.floor(docs / params.readBackSample));
    const sample = docNames.filter((_, i) => i % step === 0).slice(0, params.readBackSample);
    const readBack = await Promise.all(sample.map((doc) => readsBackSeed(relay.baseUrl, doc, dialect, 3)));
    return {
      metrics: {
        rssPerDocKb: (loaded.rssBytes - base.rssBytes) / docs / 1024,
        rssMb: loaded.rssBytes / 2 ** 20,
        baseRssMb: base.rssBytes / 2 ** 20,
        openS,
        relayCpuS: loaded.cpuSeconds - base.cpuSeconds,
      },
      checks: { allStillOpen: stillOpen, sampleReadsBack: readBack.every(Boolean) },
    };
  } finally {
    terminateAll(clients);
  }
}
