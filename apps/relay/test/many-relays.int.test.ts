import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { startPrivateRedisServer, type PrivateRedisServer } from '@tandem/fanout-redis/testing';
import { createPostgresDocStore, type PostgresDocStore } from '@tandem/storage-postgres';
import { startPrivatePostgres, type PrivatePostgres } from '@tandem/storage-postgres/testing';
import { createFailoverProvider, type FailoverProvider } from './failover-provider';
import { synced, tempDir, waitFor } from './harness';
import { startRelayProcess, type RelayProcess } from './relay-process';

/*
 * Two relay PROCESSES (node dist/main.js, as deployed) on one PostgreSQL and one Redis, with
 * stock y-websocket clients on each. PostgreSQL and Redis are private instances on free ports,
 * because these tests kill and restart them (and relay A). Every test uses its own document
 * names, so the services and relays are started once for the whole file.
 */

interface Cluster {
  readonly postgres: PrivatePostgres;
  readonly redis: PrivateRedisServer;
  /** Reads what is really stored, beside the relays. */
  readonly store: PostgresDocStore;
  readonly relays: [RelayProcess, RelayProcess];
  readonly dataDir: { path: string; cleanup(): void };
}

let cluster: Cluster;
const clients: FailoverProvider[] = [];

const relayEnv = (postgres: PrivatePostgres, redis: PrivateRedisServer): NodeJS.ProcessEnv => ({
  TANDEM_STORE: 'postgres',
  TANDEM_DATABASE_URL: postgres.url,
  TANDEM_REDIS_URL: redis.url,
  TANDEM_REDIS_CHANNEL_PREFIX: 'tandem-many-relays:',
  // Compact often, so both relays compact the same documents while the tests type.
  TANDEM_COMPACT_MAX_UPDATES: '40',
});

async function startRelay(port?: number): Promise<RelayProcess> {
  return startRelayProcess({ dataDir: cluster.dataDir.path, env: relayEnv(cluster.postgres, cluster.redis), ...(port ? { port } : {}) });
}

const isAlive = (relay: RelayProcess): boolean => relay.child.exitCode === null && relay.child.signalCode === null;
const wsUrl = (relay: RelayProcess): string => `ws://127.0.0.1:${relay.port}`;
const httpUrl = (relay: RelayProcess): string => `http://127.0.0.1:${relay.port}`;

beforeAll(async () => {
  const [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedisServer()]);
  cluster = { postgres, redis, dataDir: tempDir('tandem-many-'), relays: [] as unknown as [RelayProcess, RelayProcess], store: null as unknown as PostgresDocStore };
  // Started together: the schema migration runs once, under its advisory lock.
  cluster = { ...cluster, relays: await Promise.all([startRelay(), startRelay()]) };
  cluster = { ...cluster, store: await createPostgresDocStore({ connectionString: postgres.url, connectTimeoutMs: 1_000 }) };
}, 90_000);

afterAll(async () => {
  if (!cluster) return;
  for (const relay of cluster.relays) if (isAlive(relay)) relay.child.kill('SIGKILL');
  await Promise.all(cluster.relays.map((relay) => relay.exited));
  await cluster.store?.close().catch(() => undefined);
  await cluster.redis.stop();
  await cluster.postgres.destroy();
  cluster.dataDir.cleanup();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.provider.destroy();
  // A test that killed a relay or a service leaves the next one a whole cluster.
  if (!cluster.redis.isRunning) await cluster.redis.start();
  for (const [i, relay] of cluster.relays.entries()) {
    if (isAlive(relay)) continue;
    cluster.relays[i] = await startRelay(relay.port);
  }
});

/** A stock client that starts on `first` and fails over to the other relay. */
function client(doc: string, first: 0 | 1): FailoverProvider {
  const urls = first === 0 ? cluster.relays.map(wsUrl) : cluster.relays.map(wsUrl).reverse();
  const created = createFailoverProvider(urls, doc);
  clients.push(created);
  return created;
}

const text = (provider: WebsocketProvider): string => provider.doc.getText('t').toString();
/** Tokens in a text typed by {@link startTyping} ("a1;a2;b1;" → a1, a2, b1). */
const tokens = (value: string): string[] => value.split(';').filter((token) => token !== '');

/**
 * Each client appends `<tag><n>;` every `intervalMs`: one Yjs insert each, so a token stays
 * contiguous whatever is typed concurrently, and the final text can be checked token by token.
 */
function startTyping(typists: { tag: string; provider: WebsocketProvider }[], intervalMs = 25) {
  const typed = new Map<string, string[]>(typists.map(({ tag }) => [tag, []]));
  const typeOnce = () => {
    for (const { tag, provider } of typists) {
      const list = typed.get(tag)!;
      const token = `${tag}${list.length + 1}`;
      const shared = provider.doc.getText('t');
      shared.insert(shared.length, `${token};`);
      list.push(token);
    }
  };
  const timer = setInterval(typeOnce, intervalMs);
  return {
    count: (tag: string) => typed.get(tag)!.length,
    all: () => [...typed.values()].flat(),
    /** Stops one typist (e.g. one whose process "died"), keeping what it typed so far. */
    drop(tag: string) {
      const index = typists.findIndex((typist) => typist.tag === tag);
      if (index >= 0) typists.splice(index, 1);
    },
    stop: () => clearInterval(timer),
  };
}

/** The document's text as stored in PostgreSQL (not as any relay holds it in memory). */
async function storedText(doc: string): Promise<string> {
  const stored = await cluster.store.load(doc);
  const ydoc = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(ydoc, update);
  return ydoc.getText('t').toString();
}

const missingFrom = (value: string, expected: Iterable<string>): string[] => {
  const present = new Set(tokens(value));
  return [...expected].filter((token) => !present.has(token));
};

const readyz = async (relay: RelayProcess): Promise<number> => (await fetch(`${httpUrl(relay)}/readyz`)).status;

describe('two relay processes, one PostgreSQL, one Redis (stock y-websocket clients)', () => {
  it('[MR1] edits made through either relay converge everywhere and are stored', async () => {
    const onA = client('converge', 0);
    const onB = client('converge', 1);
    await Promise.all([synced(onA.provider, 10_000), synced(onB.provider, 10_000)]);
    const typing = startTyping([
      { tag: 'a', provider: onA.provider },
      { tag: 'b', provider: onB.provider },
    ]);
    await waitFor(() => typing.count('a') >= 30, 10_000, 'typing');
    typing.stop();
    await waitFor(() => text(onA.provider) === text(onB.provider) && tokens(text(onA.provider)).length === 60, 10_000, 'both clients converge');
    expect(missingFrom(text(onA.provider), typing.all())).toEqual([]);
    await waitFor(async () => (await storedText('converge')) === text(onA.provider), 10_000, 'PostgreSQL holds the converged text');
    expect([onA.connects(), onB.connects()]).toEqual([1, 1]);
  }, 40_000);

  it('[MR2] awareness crosses relays, and a client leaving A disappears from B', async () => {
    const onA = client('presence', 0);
    const onB = client('presence', 1);
    await Promise.all([synced(onA.provider, 10_000), synced(onB.provider, 10_000)]);
    onA.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    onB.provider.awareness.setLocalStateField('user', { name: 'Bob' });
    const stateOf = (watcher: FailoverProvider, of: FailoverProvider) => watcher.provider.awareness.getStates().get(of.provider.doc.clientID);
    await waitFor(() => stateOf(onB, onA) !== undefined && stateOf(onA, onB) !== undefined, 10_000, 'presence crosses both ways');
    expect(stateOf(onB, onA)).toEqual({ user: { name: 'Ada' } });
    expect(stateOf(onA, onB)).toEqual({ user: { name: 'Bob' } });
    onA.provider.destroy();
    await waitFor(() => stateOf(onB, onA) === undefined, 10_000, 'Ada gone from B');
  }, 30_000);

  it('[MR3] kill -9 of relay A mid-typing: its clients fail over to B, and every update any client had seen is stored', async () => {
    const [relayA, relayB] = cluster.relays;
    // On A: one typist that dies with A (a tab closed at the same moment: it can never re-send),
    // one that fails over to B. On B: a typist and a watcher that only reads (what it saw came
    // through the relays alone, so it proves what was acknowledged).
    const dying = client('failover', 0);
    const survivor = client('failover', 0);
    const onB = client('failover', 1);
    const watcher = client('failover', 1);
    await Promise.all([dying, survivor, onB, watcher].map((c) => synced(c.provider, 10_000)));
    const typing = startTyping([
      { tag: 'd', provider: dying.provider },
      { tag: 's', provider: survivor.provider },
      { tag: 'b', provider: onB.provider },
    ]);
    await waitFor(() => tokens(text(watcher.provider)).length >= 60, 15_000, 'typing seen through both relays');

    relayA.child.kill('SIGKILL');
    typing.drop('d');
    dying.provider.destroy();
    await relayA.exited;
    const seenAtKill = tokens(text(watcher.provider));

    await waitFor(() => survivor.currentUrl() === wsUrl(relayB) && survivor.provider.synced, 15_000, 'the survivor to fail over to B');
    const atFailover = typing.count('s');
    await waitFor(() => typing.count('s') >= atFailover + 20, 10_000, 'typing on after the failover');
    typing.stop();

    const expected = new Set([...tokens(text(watcher.provider)), ...seenAtKill, ...typing.all().filter((token) => !token.startsWith('d'))]);
    // Everything the dying typist's edits had reached anyone with is there too (the watcher's view).
    for (const token of tokens(text(survivor.provider))) expected.add(token);
    await waitFor(
      () => new Set([survivor, onB, watcher].map((c) => text(c.provider))).size === 1 && missingFrom(text(watcher.provider), expected).length === 0,
      15_000,
      'the three remaining clients converge on everything',
    );
    await waitFor(async () => missingFrom(await storedText('failover'), expected).length === 0, 10_000, 'every seen update in PostgreSQL');
    expect(missingFrom(await storedText('failover'), expected)).toEqual([]);
    expect(survivor.closeCodes[0]).toBe(1006);
    expect([onB.connects(), watcher.connects()]).toEqual([1, 1]);
  }, 60_000);

  it('[MR4] Redis restarted while both sides type: clients converge within 5 s of Redis returning, without reconnecting', async () => {
    const [relayA] = cluster.relays;
    const providers = [client('redis-restart', 0), client('redis-restart', 0), client('redis-restart', 1), client('redis-restart', 1)];
    await Promise.all(providers.map((c) => synced(c.provider, 10_000)));
    const typing = startTyping(providers.map((c, i) => ({ tag: 'wxyz'[i]!, provider: c.provider })));
    try {
      await waitFor(() => typing.count('w') >= 10, 10_000, 'typing before the outage');
      await cluster.redis.stop();
      const fanOutOf = async (relay: RelayProcess): Promise<unknown> => ((await (await fetch(`${httpUrl(relay)}/readyz`)).json()) as { fanOut?: string }).fanOut;
      await waitFor(async () => (await fanOutOf(relayA)) === 'down', 10_000, 'relay A to report the fan-out down');
      const during = typing.count('w');
      await waitFor(() => typing.count('w') >= during + 10, 10_000, 'typing during the outage');
      await cluster.redis.start();
      const back = Date.now();
      const after = typing.count('w');
      await waitFor(() => typing.count('w') >= after + 10, 10_000, 'typing after Redis is back');
      typing.stop();
      const total = typing.all().length;
      await waitFor(
        () => new Set(providers.map((c) => text(c.provider))).size === 1 && tokens(text(providers[0]!.provider)).length === total,
        Math.max(1, 5_000 - (Date.now() - back)),
        'every client to converge within 5 s of Redis returning',
      );
    } finally {
      typing.stop();
    }
    expect(missingFrom(text(providers[0]!.provider), typing.all())).toEqual([]);
    expect(providers.map((c) => c.connects())).toEqual([1, 1, 1, 1]);
    await waitFor(async () => (await storedText('redis-restart')) === text(providers[0]!.provider), 10_000, 'PostgreSQL holds the converged text');
  }, 60_000);

  it('[MR5] PostgreSQL restarted while both sides type: writers get 1013 and retry, nothing acknowledged is lost, all converge', async () => {
    const writers = [client('pg-restart', 0), client('pg-restart', 1)];
    // Watchers never write, so they are never closed: what they show was acknowledged (stored).
    const watchers = [client('pg-restart', 0), client('pg-restart', 1)];
    await Promise.all([...writers, ...watchers].map((c) => synced(c.provider, 10_000)));
    const typing = startTyping(writers.map((c, i) => ({ tag: 'pq'[i]!, provider: c.provider })), 40);
    try {
      await waitFor(() => tokens(text(watchers[0]!.provider)).length >= 20, 10_000, 'typing before the outage');
      await cluster.postgres.stop('immediate');
      const seenAtCrash = new Set(watchers.flatMap((c) => tokens(text(c.provider))));
      await waitFor(() => writers.every((c) => c.closeCodes.includes(1013)), 20_000, 'both writers to be closed with 1013');
      expect(await Promise.all(cluster.relays.map(readyz))).toEqual([503, 503]);
      await cluster.postgres.start();
      await waitFor(async () => (await Promise.all(cluster.relays.map(readyz))).every((status) => status === 200), 20_000, 'both relays ready again');
      const after = typing.count('p');
      await waitFor(() => typing.count('p') >= after + 10, 10_000, 'typing after the restart');
      typing.stop();
      const everyone = [...writers, ...watchers];
      await waitFor(
        () => new Set(everyone.map((c) => text(c.provider))).size === 1 && missingFrom(text(watchers[0]!.provider), typing.all()).length === 0,
        30_000,
        'writers and watchers to converge on everything typed',
      );
      // What a watcher saw before the crash was acknowledged: it survived the crash (WAL).
      expect(missingFrom(await storedText('pg-restart'), seenAtCrash)).toEqual([]);
      await waitFor(async () => missingFrom(await storedText('pg-restart'), typing.all()).length === 0, 10_000, 'everything typed in PostgreSQL');
      expect(watchers.map((c) => c.closeCodes)).toEqual([[], []]);
    } finally {
      typing.stop();
    }
  }, 90_000);

  it('[MR6] DELETE on relay A closes the document on relay B too (4410), and B drops it: no write brings it back', async () => {
    const [relayA, relayB] = cluster.relays;
    const onA = client('to-delete', 0);
    const onB = client('to-delete', 1);
    await Promise.all([synced(onA.provider, 10_000), synced(onB.provider, 10_000)]);
    const terminalCloses = new Map<string, number>();
    for (const [name, c] of [['A', onA], ['B', onB]] as const) c.provider.on('closed', ({ code }: { code: number }) => terminalCloses.set(name, code));
    // B's client keeps writing up to the deletion, so a write of B's is in flight when it lands.
    const typing = startTyping([{ tag: 'b', provider: onB.provider }], 10);
    await waitFor(() => tokens(text(onA.provider)).length >= 10, 10_000, 'A to see B\'s typing');
    const response = await fetch(`${httpUrl(relayA)}/api/docs/to-delete`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    await waitFor(() => terminalCloses.size === 2, 5_000, 'both clients closed for good').catch((error: Error) => {
      throw new Error(`${error.message}; closed: ${JSON.stringify(Object.fromEntries(terminalCloses))}`);
    });
    expect(Object.fromEntries(terminalCloses)).toEqual({ A: 4410, B: 4410 });
    typing.stop();
    await waitFor(async () => (await fetch(`${httpUrl(relayB)}/api/docs/to-delete`)).status === 404, 5_000, 'B to find no document');
    expect(await cluster.store.load('to-delete')).toBeNull();
    // B dropped its room: a new client there starts a new, empty document.
    const fresh = client('to-delete', 1);
    await synced(fresh.provider, 10_000);
    expect(text(fresh.provider)).toBe('');
  }, 30_000);
});
