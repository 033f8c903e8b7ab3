import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CloseCode, CloseReason, encodeAwarenessMessage, encodeQueryAwareness, encodeSyncStep1, encodeSyncUpdate } from '@tandem/protocol';
import type { Authorizer } from '@tandem/relay-core';
import { startMetricsServer, type MetricsServer } from '../src/metrics/metrics-server';
import { createRelayMetrics } from '../src/metrics/relay-metrics';
import { closeOf, startTestRelay, synced, waitFor, type TestRelay } from './harness';
import { scrape } from './metrics-scrape';

let relay: TestRelay | undefined;
let metricsServer: MetricsServer | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await metricsServer?.close();
  await relay?.stop();
  relay = undefined;
  metricsServer = undefined;
});

/** Tokens name the role: `viewer` reads, anything else writes. */
const roleByToken: Authorizer = {
  authorize: async ({ credentials }) => ({ ok: true, access: credentials.token === 'viewer' ? 'read' : 'write', user: null, expiresAt: null }),
};

/** A raw WebSocket client that sends exact frames and records what it receives. */
interface RawClient {
  readonly socket: WebSocket;
  readonly received: Uint8Array[];
  sentBytes: number;
  send(frame: Uint8Array): void;
  receivedOfType(type: number, step?: number): number;
  receivedBytes(): number;
}

async function rawClient(testRelay: TestRelay, doc: string, token: string): Promise<RawClient> {
  const socket = new WebSocket(`${testRelay.wsUrl}/${doc}?token=${token}`);
  sockets.push(socket);
  const client: RawClient = {
    socket,
    received: [],
    sentBytes: 0,
    send(frame) {
      client.sentBytes += frame.byteLength;
      socket.send(frame);
    },
    receivedOfType: (type, step) => client.received.filter((f) => f[0] === type && (step === undefined || f[1] === step)).length,
    receivedBytes: () => client.received.reduce((sum, f) => sum + f.byteLength, 0),
  };
  // Listen before 'open': the greeting can arrive in the same read as the upgrade response.
  socket.on('message', (data: Buffer) => client.received.push(new Uint8Array(data)));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return client;
}

/** Three real Yjs updates, as a client would produce them. */
function threeUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of ['one ', 'two ', 'three']) doc.getText('t').insert(doc.getText('t').length, word);
  return updates;
}

async function startObservedRelay(relayOptions: Parameters<typeof startTestRelay>[0] = {}) {
  const metrics = createRelayMetrics();
  relay = await startTestRelay({ ...relayOptions, metrics });
  metricsServer = await startMetricsServer(metrics.registry, { host: '127.0.0.1', port: 0 });
  return { relay, url: metricsServer.url };
}

describe('/metrics after a scripted session', () => {
  it('counts exactly the messages, bytes, updates, roles, appends and closes the session caused', async () => {
    // A connection over its rate is paused, not closed (backpressure): no close to count here.
    const { relay, url } = await startObservedRelay({ authorizer: roleByToken });
    const before = await scrape(url);
    expect(before.value('tandem_connections_opened_total')).toBe(0);
    expect(before.value('tandem_ready')).toBe(1);

    // A and B edit, C views; each is greeted with sync step 1 and asks for the state.
    const a = await rawClient(relay, 'metered', 'editor');
    const b = await rawClient(relay, 'metered', 'editor');
    const c = await rawClient(relay, 'metered', 'viewer');
    await waitFor(() => [a, b, c].every((x) => x.receivedOfType(0, 0) === 1), 5_000, 'greetings');
    for (const client of [a, b, c]) client.send(encodeSyncStep1(new Uint8Array([0])));
    await waitFor(() => [a, b, c].every((x) => x.receivedOfType(0, 1) === 1), 5_000, 'sync step 2 answers');

    const mid = await scrape(url);
    expect(mid.value('tandem_connections_open', { role: 'editor' })).toBe(2);
    expect(mid.value('tandem_connections_open', { role: 'viewer' })).toBe(1);
    expect(mid.value('tandem_connections_open', { role: 'pending' })).toBe(0);
    expect(mid.value('tandem_documents_loaded')).toBe(1);

    // A sends three updates and its presence; C (a viewer) tries one update and is refused.
    const updates = threeUpdates();
    for (const update of updates) a.send(encodeSyncUpdate(update));
    const awarenessDoc = new Y.Doc();
    const awareness = new Awareness(awarenessDoc);
    awareness.setLocalState({ user: { name: 'A' } });
    a.send(encodeAwarenessMessage(encodeAwarenessUpdate(awareness, [awarenessDoc.clientID])));
    awareness.destroy();
    c.send(encodeSyncUpdate(threeUpdates()[0] as Uint8Array));
    await waitFor(() => b.receivedOfType(0, 2) === 3 && c.receivedOfType(0, 2) === 3, 5_000, 'three updates at B and C');
    await waitFor(() => b.receivedOfType(1) === 1 && c.receivedOfType(1) === 1 && c.receivedOfType(2) === 1, 5_000, 'awareness and permission-denied');

    // D waits for its greeting, sends 21 queries, gets 21 answers, and leaves.
    const d = await rawClient(relay, 'metered', 'editor');
    await waitFor(() => d.receivedOfType(0, 0) === 1 && d.receivedOfType(1) === 1, 5_000, "D's greeting with presence");
    for (let i = 0; i < 21; i++) d.send(encodeQueryAwareness());
    await waitFor(() => d.receivedOfType(1) === 22, 5_000, "answers to D's queries");
    const dClosed = closeOf(d.socket);
    d.socket.close(1000);
    await dClosed;

    await waitFor(async () => (await scrape(url)).value('tandem_connections_open', { role: 'editor' }) === 2, 5_000, "D's close");
    const after = await scrape(url);
    const clients = [a, b, c, d];
    const expected: Array<[string, Record<string, string>, number]> = [
      ['tandem_connections_opened_total', {}, 4],
      ['tandem_connections_open', { role: 'editor' }, 2],
      ['tandem_connections_open', { role: 'viewer' }, 1],
      ['tandem_connections_closed_total', { code: 'none', reason: 'PEER_CLOSED' }, 1],
      ['tandem_rate_limited_disconnects_total', {}, 0],
      ['tandem_slow_consumer_disconnects_total', {}, 0],
      ['tandem_messages_received_total', { type: 'sync_step1' }, 3],
      ['tandem_messages_received_total', { type: 'sync_update' }, 4],
      ['tandem_messages_received_total', { type: 'awareness' }, 1],
      ['tandem_messages_received_total', { type: 'query_awareness' }, 21],
      ['tandem_messages_sent_total', { type: 'sync_step1' }, 4],
      ['tandem_messages_sent_total', { type: 'sync_step2' }, 3],
      ['tandem_messages_sent_total', { type: 'sync_update' }, 6],
      // A's presence to A (echoed, as the reference server does), B and C; D's greeting; 21 answers.
      ['tandem_messages_sent_total', { type: 'awareness' }, 25],
      ['tandem_messages_sent_total', { type: 'auth' }, 1],
      ['tandem_updates_received_total', {}, 4],
      ['tandem_updates_delivered_total', {}, 6],
      ['tandem_awareness_updates_received_total', {}, 1],
      ['tandem_awareness_updates_delivered_total', {}, 25],
      ['tandem_received_bytes_total', {}, clients.reduce((sum, x) => sum + x.sentBytes, 0)],
      ['tandem_sent_bytes_total', {}, clients.reduce((sum, x) => sum + x.receivedBytes(), 0)],
      ['tandem_store_append_duration_seconds_count', {}, 3],
      ['tandem_store_appended_bytes_total', {}, updates.reduce((sum, u) => sum + u.byteLength, 0)],
      ['tandem_store_load_duration_seconds_count', {}, 1],
      ['tandem_update_delivery_seconds_count', {}, 3],
      ['tandem_store_errors_total', { operation: 'append' }, 0],
      ['tandem_documents_loaded', {}, 1],
    ];
    const actual = expected.map(([name, labels]) => [name, labels, after.value(name, labels)]);
    expect(actual).toEqual(expected);

    // The clients leave on their own: three peer closes, nobody open, the document unloads.
    for (const client of [a, b, c]) client.socket.close(1000);
    await waitFor(async () => (await scrape(url)).value('tandem_connections_closed_total', { code: 'none', reason: 'PEER_CLOSED' }) === 4, 5_000, 'peer closes');
    await waitFor(async () => (await scrape(url)).value('tandem_documents_loaded') === 0, 5_000, 'unload');
    const end = await scrape(url);
    for (const role of ['pending', 'editor', 'viewer']) expect(end.value('tandem_connections_open', { role })).toBe(0);
    expect(end.value('tandem_store_compaction_duration_seconds_count')).toBe(1);
  });

  it('stock y-websocket providers: five edits are five updates received, stored and delivered', async () => {
    const { relay, url } = await startObservedRelay();
    const writer = relay.provider('stock');
    const reader = relay.provider('stock');
    await Promise.all([synced(writer), synced(reader)]);
    const before = await scrape(url);
    expect(before.value('tandem_connections_open', { role: 'editor' })).toBe(2);

    for (let i = 0; i < 5; i++) writer.doc.getText('t').insert(i, String(i));
    await waitFor(() => reader.doc.getText('t').toString() === '01234', 5_000, 'five edits at the reader');
    const after = await scrape(url);
    const delta = (name: string, labels?: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    expect({
      received: delta('tandem_updates_received_total'),
      delivered: delta('tandem_updates_delivered_total'),
      appended: delta('tandem_store_append_duration_seconds_count'),
      timedDeliveries: delta('tandem_update_delivery_seconds_count'),
    }).toEqual({ received: 5, delivered: 5, appended: 5, timedDeliveries: 5 });
  });

  it('serves only /metrics, in the Prometheus text format, with the default process metrics', async () => {
    const { url } = await startObservedRelay();
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await response.text();
    expect(text).toContain('# TYPE nodejs_eventloop_lag_p99_seconds gauge');
    expect(text).toContain('# TYPE process_resident_memory_bytes gauge');
    expect((await fetch(url.replace('/metrics', '/'))).status).toBe(404);
  });
});
