import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fanOutContract } from '@tandem/test-kit';
import { createRedisFanOut, type RedisFanOut } from './redis-fan-out';
import { startPrivateRedisServer, type PrivateRedisServer } from './testing/redis-server';

const SHARED_REDIS_URL = process.env.TANDEM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Instances on `url` with a prefix of their own, so parallel runs on one Redis never meet. */
function fixtureOn(url: string, server?: PrivateRedisServer) {
  const prefix = `tandem-test:${randomUUID()}:`;
  const instances: RedisFanOut[] = [];
  return {
    connect() {
      const instance = createRedisFanOut({ url, channelPrefix: prefix, maxReconnectDelayMs: 200 });
      instances.push(instance);
      return instance;
    },
    ...(server
      ? {
          async interrupt() {
            await server.stop();
            return () => server.start();
          },
        }
      : {}),
    async cleanup() {
      if (server && !server.isRunning) await server.start();
      await Promise.all(instances.map((instance) => instance.close()));
    },
  };
}

fanOutContract('RedisFanOut on the shared Redis', async () => fixtureOn(SHARED_REDIS_URL));

let privateServer: PrivateRedisServer;
beforeAll(async () => {
  privateServer = await startPrivateRedisServer();
});
afterAll(async () => {
  await privateServer?.stop();
});
fanOutContract('RedisFanOut on a private Redis that the test kills and restarts', async () => fixtureOn(privateServer.url, privateServer));

describe('RedisFanOut specifics', () => {
  const prefix = () => `tandem-test:${randomUUID()}:`;
  const opened: RedisFanOut[] = [];
  const admin = new Redis(SHARED_REDIS_URL, { lazyConnect: true });
  afterAll(async () => {
    await Promise.all(opened.map((instance) => instance.close()));
    admin.disconnect();
  });
  const open = (url: string, channelPrefix: string) => {
    const instance = createRedisFanOut({ url, channelPrefix, maxReconnectDelayMs: 200 });
    opened.push(instance);
    return instance;
  };
  const listener = () => {
    const self = { live: 0, messages: 0, onLive: () => void self.live++, onMessage: () => void self.messages++ };
    return self;
  };

  it('subscribes one channel per document and unsubscribes it when its last listener leaves', async () => {
    const channelPrefix = prefix();
    const fanOut = open(SHARED_REDIS_URL, channelPrefix);
    const subscribers = async () => ((await admin.pubsub('NUMSUB', `${channelPrefix}doc`)) as [string, number])[1];
    const [first, second] = [listener(), listener()];
    const offFirst = fanOut.subscribe('doc', first);
    const offSecond = fanOut.subscribe('doc', second);
    await vi.waitFor(() => expect(first.live + second.live).toBe(2));
    expect(await subscribers()).toBe(1);
    offFirst();
    expect(await subscribers()).toBe(1);
    offSecond();
    await vi.waitFor(async () => expect(await subscribers()).toBe(0));
  });

  it('Redis down at start: connecting (not live) until it comes up, then live with its subscriptions', async () => {
    const server = await startPrivateRedisServer();
    await server.stop();
    try {
      const fanOut = open(server.url, prefix());
      const early = listener();
      fanOut.subscribe('doc', early);
      await vi.waitFor(() => expect(fanOut.status).toBe('connecting'));
      expect(() => fanOut.publish('doc', Uint8Array.of(1))).not.toThrow();
      await server.start();
      await vi.waitFor(() => expect(early.live).toBe(1), { timeout: 5_000 });
      expect(fanOut.status).toBe('live');
    } finally {
      await server.stop();
    }
  });

  it('when only the publishing connection drops, every subscription is told to go live again', async () => {
    const fanOut = open(SHARED_REDIS_URL, prefix());
    const watched = listener();
    fanOut.subscribe('doc', watched);
    await vi.waitFor(() => expect(watched.live).toBe(1));
    // Kill exactly our publishing connection (the shared Redis serves other tests too).
    const list = (await admin.client('LIST')) as string;
    const line = list.split('\n').find((entry) => entry.includes(` name=tandem-pub-${fanOut.id} `));
    const clientId = /(?:^|\s)id=(\d+)/.exec(line ?? '')?.[1];
    expect(clientId).toBeDefined();
    expect(await admin.client('KILL', 'ID', clientId!)).toBe(1);
    await vi.waitFor(() => expect(watched.live).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
  });
});
