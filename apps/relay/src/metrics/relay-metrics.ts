import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RelayStats } from '@tandem/relay-core';
import { MESSAGE_KIND_LABELS, STORE_OPERATIONS } from './label-values';

/** Seconds; fine at the bottom because a healthy SQLite append takes ~0.1 ms, 0.05 for the alert. */
const STORE_SECONDS_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Seconds; compaction merges a whole document, so it runs longer than an append. */
const COMPACTION_SECONDS_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Every metric the relay exports, on a registry of its own (never prom-client's global one,
 * so two relays in one test process do not share counters). Labels take values from small
 * fixed sets only — never a document name, user or connection id — so cardinality is bounded.
 */
export function createRelayMetrics() {
  const registry = new Registry();
  const on = { registers: [registry] };
  collectDefaultMetrics({ register: registry });

  // Filled in when the relay exists (observeRelay); read at each scrape.
  const sources: { stats: (() => RelayStats) | null; isReady: (() => Promise<boolean>) | null } = { stats: null, isReady: null };

  const metrics = {
    registry,
    sources,
    connectionsOpen: new Gauge({ ...on, name: 'tandem_connections_open', help: 'Open WebSocket connections by role (pending until authorized).', labelNames: ['role'] as const }),
    connectionsOpened: new Counter({ ...on, name: 'tandem_connections_opened_total', help: 'WebSocket connections accepted.' }),
    connectionsClosed: new Counter({
      ...on,
      name: 'tandem_connections_closed_total',
      help: 'Closed WebSocket connections by close code and reason; code "none" and reason PEER_CLOSED when the client or the network ended it.',
      labelNames: ['code', 'reason'] as const,
    }),
    rateLimitedDisconnects: new Counter({ ...on, name: 'tandem_rate_limited_disconnects_total', help: 'Connections closed for sending too many messages or bytes (RATE_LIMITED).' }),
    slowConsumerDisconnects: new Counter({ ...on, name: 'tandem_slow_consumer_disconnects_total', help: 'Connections closed because their unsent backlog exceeded the limit (SLOW_CONSUMER).' }),
    messagesReceived: new Counter({
      ...on,
      name: 'tandem_messages_received_total',
      help: `WebSocket messages received, by y-websocket message type (${MESSAGE_KIND_LABELS.join(', ')}).`,
      labelNames: ['type'] as const,
    }),
    messagesSent: new Counter({ ...on, name: 'tandem_messages_sent_total', help: 'WebSocket messages sent, by y-websocket message type.', labelNames: ['type'] as const }),
    receivedBytes: new Counter({ ...on, name: 'tandem_received_bytes_total', help: 'Bytes of WebSocket messages received (payloads).' }),
    sentBytes: new Counter({ ...on, name: 'tandem_sent_bytes_total', help: 'Bytes of WebSocket messages sent (payloads).' }),
    updatesReceived: new Counter({ ...on, name: 'tandem_updates_received_total', help: 'Document updates received from clients (sync step 2 and update messages).' }),
    updatesDelivered: new Counter({ ...on, name: 'tandem_updates_delivered_total', help: 'Document updates sent to clients (one per recipient).' }),
    awarenessReceived: new Counter({ ...on, name: 'tandem_awareness_updates_received_total', help: 'Awareness (presence) updates received from clients.' }),
    awarenessDelivered: new Counter({ ...on, name: 'tandem_awareness_updates_delivered_total', help: 'Awareness (presence) updates sent to clients (one per recipient).' }),
    deliverySeconds: new Histogram({
      ...on,
      name: 'tandem_update_delivery_seconds',
      help: "Time from the relay accepting a client's update (its durable append issued) to its broadcast to the document's other connections.",
      buckets: STORE_SECONDS_BUCKETS,
    }),
    documentsLoaded: new Gauge({
      ...on,
      name: 'tandem_documents_loaded',
      help: 'Documents held in memory (including ones still loading).',
      collect() {
        this.set(sources.stats?.().rooms ?? 0);
      },
    }),
    documentsLoading: new Gauge({
      ...on,
      name: 'tandem_documents_loading',
      help: 'Documents whose stored state is being read.',
      collect() {
        this.set(sources.stats?.().loadingRooms ?? 0);
      },
    }),
    documentBytes: new Gauge({
      ...on,
      name: 'tandem_documents_memory_bytes',
      help: 'Bytes of document state held in memory.',
      collect() {
        this.set(sources.stats?.().roomBytes ?? 0);
      },
    }),
    ready: new Gauge({
      ...on,
      name: 'tandem_ready',
      help: '1 when the relay accepts connections and its store answers (what /readyz reports), else 0.',
      async collect() {
        this.set(sources.isReady ? Number(await sources.isReady()) : 0);
      },
    }),
    storeLoadSeconds: new Histogram({ ...on, name: 'tandem_store_load_duration_seconds', help: 'Time to read one document from the store.', buckets: STORE_SECONDS_BUCKETS }),
    storeAppendSeconds: new Histogram({ ...on, name: 'tandem_store_append_duration_seconds', help: 'Time until an update is durable in the store (durable append).', buckets: STORE_SECONDS_BUCKETS }),
    storeAppendedBytes: new Counter({ ...on, name: 'tandem_store_appended_bytes_total', help: 'Bytes of updates appended to the store.' }),
    compactionSeconds: new Histogram({ ...on, name: 'tandem_store_compaction_duration_seconds', help: "Time to replace a document's update log by a snapshot in the store; _count is the number of compactions.", buckets: COMPACTION_SECONDS_BUCKETS }),
    storeErrors: new Counter({ ...on, name: 'tandem_store_errors_total', help: 'Store operations that failed, by operation.', labelNames: ['operation'] as const }),
    fanOutPublished: new Counter({ ...on, name: 'tandem_fanout_published_total', help: 'Messages published to other relays (fan-out).' }),
    fanOutReceived: new Counter({ ...on, name: 'tandem_fanout_received_total', help: 'Messages received from other relays (fan-out).' }),
    fanOutLagSeconds: new Histogram({
      ...on,
      name: 'tandem_fanout_lag_seconds',
      help: "Time from another relay publishing a durable update to it arriving here (wall clocks of two machines: keep them NTP-synced; negative skew counts as 0).",
      buckets: STORE_SECONDS_BUCKETS,
    }),
    versionsSaved: new Counter({ ...on, name: 'tandem_versions_saved_total', help: 'Version snapshots stored, by kind (auto: the relay after a quiet spell; named: a person named it).', labelNames: ['kind'] as const }),
    versionSnapshotBytes: new Counter({ ...on, name: 'tandem_version_snapshot_bytes_total', help: 'Bytes of version snapshots stored.' }),
    fanOutCatchUps: new Counter({ ...on, name: 'tandem_fanout_catchups_total', help: 'Times a document subscription went live and caught up from the store (first subscribe, reconnect, lost publish).' }),
  };
  // Series that exist from the start, so rates and alerts see 0 rather than nothing.
  for (const role of ['pending', 'editor', 'viewer'] as const) metrics.connectionsOpen.set({ role }, 0);
  for (const operation of STORE_OPERATIONS) metrics.storeErrors.inc({ operation }, 0);
  for (const kind of ['auto', 'named'] as const) metrics.versionsSaved.inc({ kind }, 0);
  return metrics;
}

/** The relay's metrics: a registry plus typed handles the decorators update. */
export type RelayMetrics = ReturnType<typeof createRelayMetrics>;
