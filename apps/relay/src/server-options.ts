import type { RelayConfig } from '@tandem/config';
import { defaultRelayOptions } from '@tandem/relay-core';
import type { RelayServerOptions } from './relay-server';

/** Maps the validated configuration onto the server's and the core's options. */
export function toServerOptions(config: RelayConfig, webDir: string | null): RelayServerOptions {
  return {
    host: config.host,
    port: config.port,
    webDir,
    allowedOrigins: config.allowedOrigins.length > 0 ? new Set(config.allowedOrigins) : null,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    adminToken: config.adminToken || null,
    maxImportBytes: config.maxImportBytes,
    trustedProxies: config.trustedProxies,
    pingIntervalMs: config.pingIntervalMs,
    pingTimeoutMs: config.pingTimeoutMs,
    relay: {
      unloadGraceMs: config.unloadGraceMs,
      compaction: { maxUpdates: config.compactMaxUpdates, maxBytes: config.compactMaxBytes },
      maxAwarenessStateBytes: config.maxAwarenessBytes,
      maxAwarenessClientsPerConnection: defaultRelayOptions.maxAwarenessClientsPerConnection,
      maxAwarenessDocBytes: defaultRelayOptions.maxAwarenessDocBytes,
      awarenessTimeoutMs: defaultRelayOptions.awarenessTimeoutMs,
      maxMessageBytes: config.maxMessageBytes,
      maxBufferedBytes: config.maxBufferedBytes,
      maxQueuedMessages: defaultRelayOptions.maxQueuedMessages,
      handshakeTimeoutMs: config.handshakeTimeoutMs,
      rateLimits: {
        messagesPerSecond: config.rateLimitMessagesPerSecond,
        messageBurst: config.rateLimitMessageBurst,
        bytesPerSecond: config.rateLimitBytesPerSecond,
        bytesBurst: config.rateLimitBytesBurst,
      },
      maxLoadedDocs: config.maxLoadedDocs,
      maxConnectionsPerDoc: config.maxConnectionsPerDoc,
      // Other relays may append to a PostgreSQL store: compaction then re-reads it first.
      isStoreShared: config.store === 'postgres',
      versions: {
        idleMs: config.versionIdleMs,
        maxIntervalMs: config.versionMaxIntervalMs,
        retention: { keepAllMs: config.versionKeepAllMs, keepHourlyMs: config.versionKeepHourlyMs },
      },
    },
  };
}
