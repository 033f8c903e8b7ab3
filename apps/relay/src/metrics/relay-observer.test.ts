import { describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@tandem/protocol';
import { createMemoryDocStore, type Connection, type DocStore, type FanOut, type FanOutListener, type Relay, type Session } from '@tandem/relay-core';
import { createRelayMetrics, type RelayMetrics } from './relay-metrics';
import { createRelayObserver } from './relay-observer';

async function value(metrics: RelayMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  const sample = metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l) && Object.keys(v.labels).length === Object.keys(labels).length);
  return sample?.value ?? 0;
}

/** lib0's variable-length unsigned integer: 7 bits per byte, low groups first. */
function varUint(n: number): number[] {
  const bytes: number[] = [];
  for (; n > 127; n = Math.floor(n / 128)) bytes.push((n % 128) | 128);
  return [...bytes, n];
}

/** A relay stand-in that hands the connection back so the test can act as the core. */
function fakeRelay(): Relay & { connection: Connection | null; closedCalls: number } {
  const relay = {
    connection: null as Connection | null,
    closedCalls: 0,
    isAccepting: true,
    connect(connection: Connection): Session {
      relay.connection = connection;
      return { id: connection.id, doc: 'd', receive: () => undefined, closed: () => void relay.closedCalls++ };
    },
    revoke: () => 0,
    revocationFor: () => null,
    applyServerUpdate: async () => undefined,
    deleteDocument: async () => ({ wasStored: false, closedSessions: 0 }),
    saveVersion: async () => null,
    recordPendingVersion: async () => undefined,
    stats: () => ({ rooms: 0, sessions: 0, loadingRooms: 0, roomBytes: 0 }),
    flush: async () => undefined,
    shutdown: async () => undefined,
  };
  return relay;
}

const fakeConnection = (): Connection => ({ id: 'c1', send: () => undefined, close: () => undefined, bufferedBytes: () => 0, pauseReading: () => undefined, resumeReading: () => undefined });

describe('metrics decorators', () => {
  it('a slow-consumer close counts once, by code and reason, and not again as a peer close', async () => {
    const metrics = createRelayMetrics();
    const inner = fakeRelay();
    const relay = createRelayObserver(metrics).relay(inner, createMemoryDocStore());
    const session = relay.connect(fakeConnection(), { doc: 'd' });
    inner.connection?.close(CloseCode.tryAgainLater, CloseReason.slowConsumer);
    inner.connection?.close(CloseCode.tryAgainLater, CloseReason.slowConsumer);
    session.closed();
    session.closed();
    expect(await value(metrics, 'tandem_slow_consumer_disconnects_total')).toBe(1);
    expect(await value(metrics, 'tandem_connections_closed_total', { code: '1013', reason: 'SLOW_CONSUMER' })).toBe(1);
    expect(await value(metrics, 'tandem_connections_closed_total', { code: 'none', reason: 'PEER_CLOSED' })).toBe(0);
    expect(await value(metrics, 'tandem_connections_open', { role: 'pending' })).toBe(0);
    expect(inner.closedCalls).toBe(2);
  });

  it('a reason the relay does not define is labelled OTHER (bounded label values)', async () => {
    const metrics = createRelayMetrics();
    const inner = fakeRelay();
    createRelayObserver(metrics).relay(inner, createMemoryDocStore()).connect(fakeConnection(), { doc: 'd' });
    inner.connection?.close(4000, 'some-free-text-from-a-new-feature');
    expect(await value(metrics, 'tandem_connections_closed_total', { code: '4000', reason: 'OTHER' })).toBe(1);
  });

  it('store failures are counted by operation and still reach the caller', async () => {
    const metrics = createRelayMetrics();
    const failing: DocStore = {
      ...createMemoryDocStore(),
      append: async () => {
        throw new Error('disk full');
      },
    };
    const store = createRelayObserver(metrics).store(failing);
    await expect(store.append('d', new Uint8Array([0, 0]))).rejects.toThrow('disk full');
    expect(await value(metrics, 'tandem_store_errors_total', { operation: 'append' })).toBe(1);
  });

  it('compactions are timed and counted', async () => {
    const metrics = createRelayMetrics();
    const store = createRelayObserver(metrics).store(createMemoryDocStore());
    const { seq } = await store.append('d', new Uint8Array([0, 0]));
    await store.compact('d', new Uint8Array([0, 0]), seq);
    const histogram = await metrics.registry.getSingleMetric('tandem_store_compaction_duration_seconds')?.get();
    const count = histogram?.values.find((v) => (v as { metricName?: string }).metricName === 'tandem_store_compaction_duration_seconds_count');
    expect(count?.value).toBe(1);
  });

  it('fan-out publishes, receipts and catch-ups are counted', async () => {
    const metrics = createRelayMetrics();
    const listeners: FanOutListener[] = [];
    const bus: FanOut = {
      publish: () => undefined,
      subscribe: (_doc, listener) => (listeners.push(listener), () => undefined),
      status: 'live',
      close: async () => undefined,
    };
    const fanOut = createRelayObserver(metrics).fanOut(bus);
    const received: Uint8Array[] = [];
    let lives = 0;
    fanOut.subscribe('d', { onMessage: (m) => received.push(m), onLive: () => lives++ });
    fanOut.publish('d', new Uint8Array([1]));
    for (const listener of listeners) {
      listener.onMessage(new Uint8Array([2]), 'other');
      listener.onLive();
    }
    expect(received).toHaveLength(1);
    expect(lives).toBe(1);
    expect(await value(metrics, 'tandem_fanout_published_total')).toBe(1);
    expect(await value(metrics, 'tandem_fanout_received_total')).toBe(1);
    expect(await value(metrics, 'tandem_fanout_catchups_total')).toBe(1);
  });

  it("an update's fan-out lag is observed from the publish time it carries; other messages are not timed", async () => {
    const metrics = createRelayMetrics();
    const listeners: FanOutListener[] = [];
    const bus: FanOut = { publish: () => undefined, subscribe: (_doc, l) => (listeners.push(l), () => undefined), status: 'live', close: async () => undefined };
    const fanOut = createRelayObserver(metrics).fanOut(bus);
    fanOut.subscribe('d', { onMessage: () => undefined, onLive: () => undefined });
    // The core's update framing: version 1, kind 0, stream 1, seq 1, a 2-byte update, publishedAt (ms, varuint).
    const update = new Uint8Array([1, 0, 1, 1, 2, 0, 0, ...varUint(Date.now() - 250)]);
    listeners[0]!.onMessage(update, 'other');
    listeners[0]!.onMessage(new Uint8Array([1, 1, 1, 0]), 'other'); // awareness: no publish time
    const lag = (await metrics.registry.getSingleMetric('tandem_fanout_lag_seconds')?.get())?.values ?? [];
    const count = lag.find((v) => (v as { metricName?: string }).metricName === 'tandem_fanout_lag_seconds_count')?.value;
    const sum = lag.find((v) => (v as { metricName?: string }).metricName === 'tandem_fanout_lag_seconds_sum')?.value ?? 0;
    expect(count).toBe(1);
    expect(sum).toBeGreaterThanOrEqual(0.25);
    expect(sum).toBeLessThan(5);
  });

  it('version snapshots are counted by kind, with their bytes', async () => {
    const metrics = createRelayMetrics();
    const store = createRelayObserver(metrics).store(createMemoryDocStore());
    await store.append('d', new Uint8Array([0, 0]));
    const snapshot = new Uint8Array(40);
    await store.saveVersion('d', { kind: 'named', name: 'v1', createdAt: 1, authors: [], snapshot });
    await store.saveVersion('gone', { kind: 'auto', name: null, createdAt: 1, authors: [], snapshot }); // not stored: no document
    expect(await value(metrics, 'tandem_versions_saved_total', { kind: 'named' })).toBe(1);
    expect(await value(metrics, 'tandem_versions_saved_total', { kind: 'auto' })).toBe(0);
    expect(await value(metrics, 'tandem_version_snapshot_bytes_total')).toBe(40);
  });

  it('without metrics every port passes through untouched', () => {
    const store = createMemoryDocStore();
    const observer = createRelayObserver(undefined);
    expect(observer.store(store)).toBe(store);
    expect(observer.authorizer(undefined)).toBeUndefined();
  });
});
