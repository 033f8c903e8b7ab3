import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { FanOut, FanOutListener, FanOutStatus, Logger } from '@tandem/relay-core';
import { reconnectDelayMs } from './reconnect-delay';

/** How to reach Redis and how to name channels. */
export interface RedisFanOutOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://` for TLS. */
  readonly url: string;
  /**
   * Prefix of every channel name (`<prefix><doc>`). Pub/sub channels ignore the database
   * number, so two deployments sharing one Redis need different prefixes.
   */
  readonly channelPrefix?: string;
  /** Longest wait between reconnect attempts; also bounds how late we notice Redis is back. */
  readonly maxReconnectDelayMs?: number;
  readonly logger?: Logger;
}

/** The Redis adapter of the FanOut port. */
export interface RedisFanOut extends FanOut {
  /** This instance's id as receivers see it (`from`). */
  readonly id: string;
}

/** Bytes of the publisher id that prefixes every message: how we skip our own publishes. */
const ID_BYTES = 16;
/** After a failed publish on a live connection, wait this long before announcing a relive. */
const RELIVE_AFTER_FAILURE_MS = 1_000;

interface Channel {
  readonly listeners: Set<FanOutListener>;
  /** SUBSCRIBE confirmed on the current connection. */
  isSubscribed: boolean;
}

const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * FanOut on Redis pub/sub (ioredis), one channel per loaded document, two connections (a
 * subscribed connection cannot publish). Redis pub/sub is lossy: whatever is published while a
 * connection is down is gone. So every subscription's `onLive` fires again once both connections
 * are back and it is re-subscribed (and after a publish failed), and the core catches up from the
 * store. Publishes are never queued while disconnected: the catch-up makes them unnecessary and
 * a queue would only grow.
 */
export function createRedisFanOut(options: RedisFanOutOptions): RedisFanOut {
  const logger = options.logger ?? silentLogger;
  const prefix = options.channelPrefix ?? 'tandem:';
  const idBytes = randomBytes(ID_BYTES);
  const id = idBytes.toString('hex');
  const channels = new Map<string, Channel>();
  const connectionOptions = {
    // Never queue: a command while disconnected fails at once (we catch up instead).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // We re-subscribe ourselves, to know when the subscription is live again.
    autoResubscribe: false,
    retryStrategy: (attempt: number) => reconnectDelayMs(attempt, options.maxReconnectDelayMs ?? 2_000),
  };
  // Named, so an operator can tell them apart in CLIENT LIST.
  const pub = new Redis(options.url, { ...connectionOptions, connectionName: `tandem-pub-${id}` });
  const sub = new Redis(options.url, { ...connectionOptions, connectionName: `tandem-sub-${id}` });
  let status: FanOutStatus = 'connecting';
  let isClosed = false;
  let hasWarnedUnreachable = false;
  let reliveTimer: NodeJS.Timeout | null = null;

  const isUp = (): boolean => !isClosed && pub.status === 'ready' && sub.status === 'ready';

  const updateStatus = (): void => {
    const next: FanOutStatus = isUp() ? 'live' : status === 'connecting' && !isClosed ? 'connecting' : 'down';
    if (next === status) return;
    if (next === 'live') logger.info({ fanOut: 'redis' }, 'fan-out live');
    else if (!isClosed) logger.warn({ fanOut: 'redis' }, 'fan-out down: serving local clients only; will catch up when Redis is back');
    status = next;
  };

  /** Tells every listener of every subscribed channel that it is live (again). */
  const announce = (targets: Iterable<Channel>): void => {
    if (!isUp()) return;
    for (const channel of targets) {
      if (!channel.isSubscribed) continue;
      for (const listener of [...channel.listeners]) listener.onLive();
    }
  };

  const subscribeChannels = (names: string[]): void => {
    if (names.length === 0 || sub.status !== 'ready') return;
    const pending = names.map((name) => [name, channels.get(name)] as const);
    sub.subscribe(...names).then(
      () => {
        const confirmed: Channel[] = [];
        for (const [name, channel] of pending) {
          // Still the same subscription (not unsubscribed, not re-created meanwhile)?
          if (!channel || channels.get(name) !== channel) continue;
          channel.isSubscribed = true;
          confirmed.push(channel);
        }
        announce(confirmed);
      },
      (err: unknown) => logger.debug({ err }, 'redis subscribe failed; retried on reconnect'),
    );
  };

  const onPublishFailed = (err: unknown): void => {
    logger.debug({ err }, 'redis publish failed');
    if (reliveTimer !== null || isClosed) return;
    // The message is lost for everyone: once we can publish again, the subscriptions re-announce
    // themselves (the core says hello with its sequence number, and receivers notice the gap).
    reliveTimer = setTimeout(() => {
      reliveTimer = null;
      announce(channels.values());
    }, RELIVE_AFTER_FAILURE_MS);
    reliveTimer.unref();
  };

  sub.on('ready', () => {
    updateStatus();
    subscribeChannels([...channels.keys()]);
  });
  pub.on('ready', () => {
    updateStatus();
    // Publishes may have been lost while only this connection was down.
    announce(channels.values());
  });
  for (const connection of [pub, sub]) {
    connection.on('close', () => {
      if (connection === sub) for (const channel of channels.values()) channel.isSubscribed = false;
      updateStatus();
    });
    // Without a listener ioredis prints every connection error; a status change says enough,
    // except when Redis is unreachable from the start (the status stays `connecting`).
    connection.on('error', (err: Error) => {
      if (status === 'connecting' && !hasWarnedUnreachable) {
        hasWarnedUnreachable = true;
        logger.warn({ err: err.message }, 'fan-out: Redis unreachable, serving local clients only; retrying');
      } else logger.debug({ err: err.message }, 'redis connection error');
    });
  }

  sub.on('messageBuffer', (channelName: Buffer, message: Buffer) => {
    const channel = channels.get(channelName.toString('utf8'));
    if (!channel || message.byteLength < ID_BYTES) return;
    if (idBytes.equals(message.subarray(0, ID_BYTES))) return;
    const from = message.subarray(0, ID_BYTES).toString('hex');
    const payload = new Uint8Array(message.buffer, message.byteOffset + ID_BYTES, message.byteLength - ID_BYTES);
    for (const listener of [...channel.listeners]) listener.onMessage(payload, from);
  });

  return {
    id,
    publish(doc, message) {
      if (isClosed) return;
      if (pub.status !== 'ready') return onPublishFailed(new Error(`redis ${pub.status}`));
      pub.publish(`${prefix}${doc}`, Buffer.concat([idBytes, message])).catch(onPublishFailed);
    },
    subscribe(doc, listener) {
      const name = `${prefix}${doc}`;
      let channel = channels.get(name);
      if (!channel) {
        channel = { listeners: new Set(), isSubscribed: false };
        channels.set(name, channel);
        channel.listeners.add(listener);
        subscribeChannels([name]);
      } else {
        channel.listeners.add(listener);
        // Already subscribed: this listener is live as soon as it is registered.
        const existing = channel;
        queueMicrotask(() => {
          if (isUp() && existing.isSubscribed && existing.listeners.has(listener)) listener.onLive();
        });
      }
      const subscribed = channel;
      return () => {
        if (!subscribed.listeners.delete(listener) || subscribed.listeners.size > 0) return;
        if (channels.get(name) === subscribed) channels.delete(name);
        if (sub.status === 'ready') sub.unsubscribe(name).catch(() => undefined);
      };
    },
    get status() {
      return status;
    },
    async close() {
      if (isClosed) return;
      isClosed = true;
      if (reliveTimer !== null) clearTimeout(reliveTimer);
      channels.clear();
      status = 'down';
      // QUIT flushes what is already written (e.g. the leave messages of a drain); a connection
      // that is not up is simply dropped.
      await Promise.all(
        [pub, sub].map(async (connection) => {
          if (connection.status !== 'ready') return connection.disconnect();
          await connection.quit().catch(() => connection.disconnect());
        }),
      );
    },
  };
}
