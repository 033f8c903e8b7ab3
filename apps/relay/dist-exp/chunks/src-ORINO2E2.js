import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import "./chunk-7X6YPGIX.js";

// ../../packages/fanout-redis/src/redis-fan-out.ts
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

// ../../packages/fanout-redis/src/reconnect-delay.ts
function reconnectDelayMs(attempt, maxDelayMs, random = Math.random) {
  const base = Math.min(50 * 2 ** Math.min(attempt - 1, 16), maxDelayMs);
  return Math.round(base * (0.8 + 0.2 * random()));
}

// ../../packages/fanout-redis/src/redis-fan-out.ts
var ID_BYTES = 16;
var RELIVE_AFTER_FAILURE_MS = 1e3;
var silentLogger = { debug() {
}, info() {
}, warn() {
}, error() {
} };
function createRedisFanOut(options) {
  const logger = options.logger ?? silentLogger;
  const prefix = options.channelPrefix ?? "tandem:";
  const idBytes = randomBytes(ID_BYTES);
  const id = idBytes.toString("hex");
  const channels = /* @__PURE__ */ new Map();
  const connectionOptions = {
    // Never queue: a command while disconnected fails at once (we catch up instead).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // We re-subscribe ourselves, to know when the subscription is live again.
    autoResubscribe: false,
    retryStrategy: (attempt) => reconnectDelayMs(attempt, options.maxReconnectDelayMs ?? 2e3)
  };
  const pub = new Redis(options.url, { ...connectionOptions, connectionName: `tandem-pub-${id}` });
  const sub = new Redis(options.url, { ...connectionOptions, connectionName: `tandem-sub-${id}` });
  let status = "connecting";
  let isClosed = false;
  let hasWarnedUnreachable = false;
  let reliveTimer = null;
  const isUp = () => !isClosed && pub.status === "ready" && sub.status === "ready";
  const updateStatus = () => {
    const next = isUp() ? "live" : status === "connecting" && !isClosed ? "connecting" : "down";
    if (next === status) return;
    if (next === "live") logger.info({ fanOut: "redis" }, "fan-out live");
    else if (!isClosed) logger.warn({ fanOut: "redis" }, "fan-out down: serving local clients only; will catch up when Redis is back");
    status = next;
  };
  const announce = (targets) => {
    if (!isUp()) return;
    for (const channel of targets) {
      if (!channel.isSubscribed) continue;
      for (const listener of [...channel.listeners]) listener.onLive();
    }
  };
  const subscribeChannels = (names) => {
    if (names.length === 0 || sub.status !== "ready") return;
    const pending = names.map((name) => [name, channels.get(name)]);
    sub.subscribe(...names).then(
      () => {
        const confirmed = [];
        for (const [name, channel] of pending) {
          if (!channel || channels.get(name) !== channel) continue;
          channel.isSubscribed = true;
          confirmed.push(channel);
        }
        announce(confirmed);
      },
      (err) => logger.debug({ err }, "redis subscribe failed; retried on reconnect")
    );
  };
  const onPublishFailed = (err) => {
    logger.debug({ err }, "redis publish failed");
    if (reliveTimer !== null || isClosed) return;
    reliveTimer = setTimeout(() => {
      reliveTimer = null;
      announce(channels.values());
    }, RELIVE_AFTER_FAILURE_MS);
    reliveTimer.unref();
  };
  sub.on("ready", () => {
    updateStatus();
    subscribeChannels([...channels.keys()]);
  });
  pub.on("ready", () => {
    updateStatus();
    announce(channels.values());
  });
  for (const connection of [pub, sub]) {
    connection.on("close", () => {
      if (connection === sub) for (const channel of channels.values()) channel.isSubscribed = false;
      updateStatus();
    });
    connection.on("error", (err) => {
      if (status === "connecting" && !hasWarnedUnreachable) {
        hasWarnedUnreachable = true;
        logger.warn({ err: err.message }, "fan-out: Redis unreachable, serving local clients only; retrying");
      } else logger.debug({ err: err.message }, "redis connection error");
    });
  }
  sub.on("messageBuffer", (channelName, message) => {
    const channel = channels.get(channelName.toString("utf8"));
    if (!channel || message.byteLength < ID_BYTES) return;
    if (idBytes.equals(message.subarray(0, ID_BYTES))) return;
    const from = message.subarray(0, ID_BYTES).toString("hex");
    const payload = new Uint8Array(message.buffer, message.byteOffset + ID_BYTES, message.byteLength - ID_BYTES);
    for (const listener of [...channel.listeners]) listener.onMessage(payload, from);
  });
  return {
    id,
    publish(doc, message) {
      if (isClosed) return;
      if (pub.status !== "ready") return onPublishFailed(new Error(`redis ${pub.status}`));
      pub.publish(`${prefix}${doc}`, Buffer.concat([idBytes, message])).catch(onPublishFailed);
    },
    subscribe(doc, listener) {
      const name = `${prefix}${doc}`;
      let channel = channels.get(name);
      if (!channel) {
        channel = { listeners: /* @__PURE__ */ new Set(), isSubscribed: false };
        channels.set(name, channel);
        channel.listeners.add(listener);
        subscribeChannels([name]);
      } else {
        channel.listeners.add(listener);
        const existing = channel;
        queueMicrotask(() => {
          if (isUp() && existing.isSubscribed && existing.listeners.has(listener)) listener.onLive();
        });
      }
      const subscribed = channel;
      return () => {
        if (!subscribed.listeners.delete(listener) || subscribed.listeners.size > 0) return;
        if (channels.get(name) === subscribed) channels.delete(name);
        if (sub.status === "ready") sub.unsubscribe(name).catch(() => void 0);
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
      status = "down";
      await Promise.all(
        [pub, sub].map(async (connection) => {
          if (connection.status !== "ready") return connection.disconnect();
          await connection.quit().catch(() => connection.disconnect());
        })
      );
    }
  };
}
export {
  createRedisFanOut
};
