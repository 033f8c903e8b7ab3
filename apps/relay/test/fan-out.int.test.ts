import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { createRedisFanOut, type RedisFanOut } from '@tandem/fanout-redis';
import { startPrivateRedisServer, type PrivateRedisServer } from '@tandem/fanout-redis/testing';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import type { DocStore } from '@tandem/relay-core';
import { startTestRelay, synced, tempDir, waitFor, type TestRelay } from './harness';

const SHARED_REDIS_URL = process.env.TANDEM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Two relays in this process on ONE SQLite store, linked by Redis, as two relay hosts would be. */
interface Pair {
  readonly a: TestRelay;
  readonly b: TestRelay;
  readonly fanOutA: RedisFanOut;
  readonly fanOutB: RedisFanOut;
  readonly store: DocStore;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startPair(redisUrl: string, relay: { remoteAwarenessTimeoutMs?: number } = {}): Promise<Pair> {
  const dir = tempDir('tandem-fanout-');
  const shared = createSqliteDocStore({ path: join(dir.path, 'tandem.db') });
  // Each relay closes "its" store on drain; the shared one is closed once, after both.
  const store: DocStore = { ...shared, close: async () => undefined };
  const channelPrefix = `tandem-test:${randomUUID()}:`;
  const fanOutA = createRedisFanOut({ url: redisUrl, channelPrefix, maxReconnectDelayMs: 250 });
  const fanOutB = createRedisFanOut({ url: redisUrl, channelPrefix, maxReconnectDelayMs: 250 });
  const a = await startTestRelay({ store, fanOut: fanOutA, relay });
  const b = await startTestRelay({ store, fanOut: fanOutB, relay });
  cleanups.push(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await shared.close();
    dir.cleanup();
  });
  await waitFor(() => fanOutA.status === 'live' && fanOutB.status === 'live', 5_000, 'both fan-outs live');
  return { a, b, fanOutA, fanOutB, store };
}

const text = (provider: WebsocketProvider): string => provider.doc.getText('t').toString();
const presenceOf = (watcher: WebsocketProvider, of: WebsocketProvider): unknown => watcher.awareness.getStates().get(of.doc.clientID);

/** Counts how often each provider (re)connected, to prove convergence needed no reconnect. */
function countConnects(providers: WebsocketProvider[]): () => number[] {
  const counts = providers.map(() => 0);
  providers.forEach((provider, i) =>
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') counts[i]!++;
    }),
  );
  return () => [...counts];
}

describe('two relays, one store, Redis fan-out (stock y-websocket clients)', () => {
  it('[FO1] edits made through either relay converge everywhere, and are stored once', async () => {
    const { a, b, store } = await startPair(SHARED_REDIS_URL);
    const [onA, onB] = [a.provider('doc'), b.provider('doc')];
    await Promise.all([synced(onA), synced(onB)]);
    onA.doc.getText('t').insert(0, 'Hello from A. ');
    await waitFor(() => text(onB) === 'Hello from A. ', 5_000, 'B\'s client sees A\'s edit');
    onB.doc.getText('t').insert(text(onB).length, 'Hello from B.');
    await waitFor(() => text(onA) === 'Hello from A. Hello from B.', 5_000, 'A\'s client sees B\'s edit');
    await Promise.all([a.server.relay.flush(), b.server.relay.flush()]);
    const stored = await store.load('doc');
    // One row per edit: the receiving relay never stores what came over the fan-out.
    expect(stored?.logCount).toBe(2);
    const late = b.provider('doc');
    await synced(late);
    expect(text(late)).toBe('Hello from A. Hello from B.');
  });

  it('[FO5] presence crosses relays, and a client leaving A disappears from B', async () => {
    const { a, b } = await startPair(SHARED_REDIS_URL);
    const [onA, onB] = [a.provider('doc'), b.provider('doc')];
    await Promise.all([synced(onA), synced(onB)]);
    onA.awareness.setLocalStateField('user', { name: 'Ada' });
    onB.awareness.setLocalStateField('user', { name: 'Bob' });
    await waitFor(() => presenceOf(onB, onA) !== undefined && presenceOf(onA, onB) !== undefined, 5_000, 'presence crosses');
    expect(presenceOf(onB, onA)).toEqual({ user: { name: 'Ada' } });
    const lateOnB = b.provider('doc');
    await waitFor(() => presenceOf(lateOnB, onA) !== undefined, 5_000, 'a late joiner on B sees Ada on A');
    onA.disconnect();
    await waitFor(() => presenceOf(onB, onA) === undefined && presenceOf(lateOnB, onA) === undefined, 5_000, 'Ada gone from B');
  });

  it('[FO6] a relay that vanishes without a word: its clients leave B\'s presence within the awareness timeout', async () => {
    const { a, b, fanOutA } = await startPair(SHARED_REDIS_URL, { remoteAwarenessTimeoutMs: 1_500 });
    const [onA, onB] = [a.provider('doc'), b.provider('doc')];
    await Promise.all([synced(onA), synced(onB)]);
    onA.awareness.setLocalStateField('user', { name: 'Ada' });
    await waitFor(() => presenceOf(onB, onA) !== undefined, 5_000, 'presence crosses');
    // A loses Redis for good and then dies: no leave message can ever reach B.
    await fanOutA.close();
    onA.destroy();
    const gone = Date.now();
    await waitFor(() => presenceOf(onB, onA) === undefined, 5_000, 'Ada expires on B');
    expect(Date.now() - gone).toBeLessThan(3_000);
  });
});

describe('Redis outages (a private redis-server this test kills)', () => {
  let redis: PrivateRedisServer;
  const startRedis = async () => {
    redis = await startPrivateRedisServer();
    cleanups.push(() => redis.stop());
    return redis;
  };

  it('[FO3] clients typing on both relays through a Redis restart converge within 5 s of Redis returning, without reconnecting', async () => {
    await startRedis();
    const { a, b, fanOutA, fanOutB, store } = await startPair(redis.url);
    const providers = [a.provider('doc'), a.provider('doc'), b.provider('doc'), b.provider('doc')];
    await Promise.all(providers.map((provider) => synced(provider)));
    const connects = countConnects(providers);
    let typed = 0;
    const typeOnce = () => {
      providers.forEach((provider, i) => provider.doc.getText('t').insert(0, String.fromCharCode(97 + i)));
      typed += providers.length;
    };
    const typing = setInterval(typeOnce, 20);
    try {
      await waitFor(() => typed >= 40, 5_000, 'typing before the outage');
      await redis.stop();
      await waitFor(() => fanOutA.status !== 'live' && fanOutB.status !== 'live', 5_000, 'relays notice the outage');
      const during = typed;
      await waitFor(() => typed >= during + 40, 5_000, 'typing during the outage');
      // While Redis is down each relay serves its own clients: A's two clients agree with each other.
      await waitFor(() => text(providers[0]!).length === text(providers[1]!).length, 5_000, 'A\'s clients agree');
      expect(text(providers[0]!)).not.toBe(text(providers[2]!));
      await redis.start();
      const back = Date.now();
      const after = typed;
      await waitFor(() => typed >= after + 40, 5_000, 'typing after Redis is back');
      clearInterval(typing);
      await waitFor(
        () => new Set(providers.map(text)).size === 1 && text(providers[0]!).length === typed,
        Math.max(0, 5_000 - (Date.now() - back)),
        'every client converges within 5 s of Redis returning',
      );
    } finally {
      clearInterval(typing);
    }
    expect(connects()).toEqual([0, 0, 0, 0]);
    await Promise.all([a.server.relay.flush(), b.server.relay.flush()]);
    const stored = await store.load('doc');
    const { applyUpdate, Doc } = await import('yjs');
    const fromStore = new Doc();
    for (const update of stored?.updates ?? []) applyUpdate(fromStore, update);
    expect(fromStore.getText('t').toString()).toBe(text(providers[0]!));
  });

  it('/readyz: 200 "ready" with live fan-out; 200 "degraded" while Redis is down (local clients still served)', async () => {
    await startRedis();
    const { a } = await startPair(redis.url);
    const readyz = async () => {
      const res = await fetch(`${a.httpUrl}/readyz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', fanOut: 'live' } });
    await redis.stop();
    await waitFor(async () => (await readyz()).body.fanOut === 'down', 5_000, 'readyz reports the outage');
    expect(await readyz()).toEqual({ status: 200, body: { status: 'degraded', fanOut: 'down' } });
    const [one, two] = [a.provider('doc'), a.provider('doc')];
    await Promise.all([synced(one), synced(two)]);
    one.doc.getText('t').insert(0, 'still served');
    await waitFor(() => text(two) === 'still served', 5_000, 'local clients still served');
    await redis.start();
    await waitFor(async () => (await readyz()).body.status === 'ready', 5_000, 'readyz ready again');
  });

  it('Redis down at start: the relay starts, serves, and links up once Redis appears', async () => {
    await startRedis();
    await redis.stop();
    const dir = tempDir('tandem-fanout-');
    const shared = createSqliteDocStore({ path: join(dir.path, 'tandem.db') });
    const store: DocStore = { ...shared, close: async () => undefined };
    const channelPrefix = `tandem-test:${randomUUID()}:`;
    const a = await startTestRelay({ store, fanOut: createRedisFanOut({ url: redis.url, channelPrefix, maxReconnectDelayMs: 250 }) });
    const b = await startTestRelay({ store, fanOut: createRedisFanOut({ url: redis.url, channelPrefix, maxReconnectDelayMs: 250 }) });
    cleanups.push(async () => {
      await Promise.all([a.stop(), b.stop()]);
      await shared.close();
      dir.cleanup();
    });
    const [onA, onB] = [a.provider('doc'), b.provider('doc')];
    await Promise.all([synced(onA), synced(onB)]);
    onA.doc.getText('t').insert(0, 'before Redis');
    await waitFor(() => text(onA) === 'before Redis');
    expect(text(onB)).toBe('');
    await redis.start();
    await waitFor(() => text(onB) === 'before Redis', 5_000, 'B catches up once Redis is there');
    onB.doc.getText('t').insert(0, '> ');
    await waitFor(() => text(onA) === '> before Redis', 5_000, 'live both ways');
  });
});
