import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTokenIssuer } from '@tandem/auth-jwt';
import { encodeMessageBatch, encodeSyncStep1, encodeSyncUpdate, MESSAGE_BATCH_TYPE } from '@tandem/protocol';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

const SECRET = 'sse-test-secret-with-enough-bytes-in-it!';
const issuer = createTokenIssuer(SECRET);
const token = (docs: Record<string, 'viewer' | 'editor'>, sub = 'ada') => issuer.issue({ sub, docs, ttlSeconds: 3_600 });

let relay: TestRelay;
const aborts: AbortController[] = [];
afterEach(async () => {
  for (const abort of aborts.splice(0)) abort.abort();
  await relay?.stop();
});

interface RawEvent {
  readonly id: number | null;
  readonly event: string;
  readonly data: string;
}

/** A raw SSE reader over fetch: what a test sees on the wire, comments included. */
async function rawStream(doc: string, streamId: string, lastEventId?: number) {
  const abort = new AbortController();
  aborts.push(abort);
  const response = await fetch(`${relay.httpUrl}/sync/${doc}?stream=${streamId}`, {
    headers: lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) },
    signal: abort.signal,
  });
  const events: RawEvent[] = [];
  let comments = 0;
  if (response.ok) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body!) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith(':')) comments++;
            const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
            if (field('data') !== undefined) events.push({ id: field('id') ? Number(field('id')) : null, event: field('event') ?? 'message', data: field('data')! });
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return { response, events, comments: () => comments, abort: () => abort.abort() };
}

async function openStream(doc: string, authorization?: string): Promise<Response> {
  return fetch(`${relay.httpUrl}/sync/${doc}`, { method: 'POST', headers: authorization ? { authorization } : {} });
}

async function post(doc: string, streamId: string, messages: Uint8Array[], authorization?: string): Promise<Response> {
  return fetch(`${relay.httpUrl}/sync/${doc}?stream=${streamId}`, {
    method: 'POST',
    headers: { 'content-type': MESSAGE_BATCH_TYPE, ...(authorization ? { authorization } : {}) },
    body: encodeMessageBatch(messages) as Uint8Array<ArrayBuffer>,
  });
}

const bytesOf = (event: RawEvent) => new Uint8Array(Buffer.from(event.data, 'base64'));

describe('SSE + POST transport (WebSocket blocked)', () => {
  it('two clients over SSE co-edit and converge, and see each other\'s presence', async () => {
    relay = await startTestRelay();
    const a = relay.provider('pair', { transport: 'sse' });
    const b = relay.provider('pair', { transport: 'sse' });
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('t').insert(0, 'from a. ');
    b.doc.getText('t').insert(0, 'from b. ');
    await waitFor(() => a.doc.getText('t').length === 16 && b.doc.getText('t').length === 16, 5_000, 'both edits on both sides');
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    a.awareness.setLocalStateField('user', { name: 'Ada' });
    b.awareness.setLocalStateField('user', { name: 'Bob' });
    await waitFor(() => b.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ada', 5_000, 'Ada\'s caret at Bob');
    await waitFor(() => a.awareness.getStates().get(b.doc.clientID)?.user?.name === 'Bob', 5_000, 'Bob\'s caret at Ada');
    // Leaving ends the relay sessions (DELETE): nothing is left behind.
    a.destroy();
    b.destroy();
    await waitFor(() => relay.server.relay.stats().sessions === 0, 5_000, 'no session left');
  });

  it('a client over SSE and one over a stock WebSocket converge; presence crosses both ways', async () => {
    relay = await startTestRelay();
    const sse = relay.provider('mixed', { transport: 'sse' });
    const ws = relay.provider('mixed');
    await Promise.all([synced(sse), synced(ws)]);
    for (let i = 0; i < 50; i++) {
      sse.doc.getText('t').insert(0, 's');
      ws.doc.getText('t').insert(0, 'w');
    }
    await waitFor(() => sse.doc.getText('t').length === 100 && ws.doc.getText('t').length === 100, 5_000, 'convergence');
    expect(sse.doc.getText('t').toString()).toBe(ws.doc.getText('t').toString());
    sse.awareness.setLocalStateField('user', { name: 'Sam' });
    ws.awareness.setLocalStateField('user', { name: 'Wes' });
    await waitFor(() => ws.awareness.getStates().get(sse.doc.clientID)?.user?.name === 'Sam', 5_000, 'SSE presence at WS');
    await waitFor(() => sse.awareness.getStates().get(ws.doc.clientID)?.user?.name === 'Wes', 5_000, 'WS presence at SSE');
    // Durable before broadcast, whatever the transport: the store has both sides' edits.
    await relay.server.relay.flush();
    const stored = new Y.Doc();
    for (const update of (await relay.store.load('mixed'))!.updates) Y.applyUpdate(stored, update);
    expect(stored.getText('t').length).toBe(100);
    // Leaving over SSE (DELETE) removes the presence at once.
    sse.destroy();
    await waitFor(() => !ws.awareness.getStates().has(sse.doc.clientID), 5_000, 'SSE presence removed on leave');
  });

  it('auth: the Bearer token opens the stream with its role; a viewer\'s POSTed update is refused and never stored', async () => {
    relay = await startTestRelay({ authSecret: SECRET });
    const editor = relay.provider('handbook', { token: await token({ handbook: 'editor' }) });
    await synced(editor);
    editor.doc.getText('t').insert(0, 'read me');
    const viewer = `Bearer ${await token({ handbook: 'viewer' }, 'vera')}`;
    const opened = await openStream('handbook', viewer);
    expect(opened.status).toBe(201);
    const { stream } = (await opened.json()) as { stream: string };
    const events = await rawStream('handbook', stream);
    expect(events.response.headers.get('content-type')).toBe('text/event-stream');
    expect((await post('handbook', stream, [encodeSyncStep1(Uint8Array.of(0))], viewer)).status).toBe(204);
    await waitFor(() => events.events.some((e) => bytesOf(e)[0] === 0 && bytesOf(e)[1] === 1), 5_000, 'step 2 for the viewer');
    await relay.server.relay.flush();
    const before = await relay.store.load('handbook');
    const vandal = new Y.Doc();
    vandal.getText('t').insert(0, 'vandalism');
    // The stream's POSTs need the header it was opened with, not just the stream id.
    expect((await post('handbook', stream, [encodeSyncUpdate(Y.encodeStateAsUpdate(vandal))])).status).toBe(401);
    expect((await post('handbook', stream, [encodeSyncUpdate(Y.encodeStateAsUpdate(vandal))], viewer)).status).toBe(204);
    await waitFor(() => events.events.some((e) => bytesOf(e)[0] === 2 && bytesOf(e)[1] === 0), 5_000, 'permission-denied');
    expect(await relay.store.load('handbook')).toEqual(before);
    expect(editor.doc.getText('t').toString()).toBe('read me');
  });

  it('refusals: no token with auth on is a final close event 4401; a bad name is HTTP 400; an unknown stream 404', async () => {
    relay = await startTestRelay({ authSecret: SECRET });
    const opened = await openStream('guarded');
    expect(opened.status).toBe(201);
    const { stream } = (await opened.json()) as { stream: string };
    const events = await rawStream('guarded', stream);
    await waitFor(() => events.events.some((e) => e.event === 'close'), 5_000, 'the close event');
    expect(JSON.parse(events.events.at(-1)!.data)).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });
    expect((await openStream('%ZZ')).status).toBe(400);
    expect((await rawStream('guarded', 'no-such-stream')).response.status).toBe(404);
  });

  it('a dropped stream resumes with Last-Event-ID while the relay holds the gap; beyond the ring it is 410', async () => {
    relay = await startTestRelay({ sse: { ringMessages: 8, heartbeatMs: 50 } });
    const writer = relay.provider('resume');
    await synced(writer);
    const { stream } = (await (await openStream('resume')).json()) as { stream: string };
    const first = await rawStream('resume', stream);
    await post('resume', stream, [encodeSyncStep1(Uint8Array.of(0))]);
    await waitFor(() => first.events.length >= 2, 5_000, 'sync step 1 and 2 from the relay');
    // Heartbeats are SSE comments.
    await waitFor(() => first.comments() >= 1, 5_000, 'a heartbeat comment');
    const seen = first.events.at(-1)!.id!;
    first.abort();
    await waitFor(() => relay.server.relay.stats().sessions === 2, 5_000, 'the session still open');
    writer.doc.getText('t').insert(0, 'abc');
    writer.doc.getText('t').insert(3, 'def');
    // While detached, the relay keeps what it sends in the ring.
    const second = await rawStream('resume', stream, seen);
    expect(second.response.status).toBe(200);
    await waitFor(() => second.events.filter((e) => e.id! > seen).length >= 2, 5_000, 'the two missed updates');
    expect(second.events[0]!.id).toBe(seen + 1);
    const replica = new Y.Doc();
    for (const event of second.events) {
      const bytes = bytesOf(event);
      if (bytes[0] === 0 && bytes[1] === 2) Y.applyUpdate(replica, bytes.subarray(3));
    }
    expect(replica.getText('t').toString()).toBe('abcdef');
    second.abort();
    // Twenty more updates overflow an 8-event ring: the gap is gone, the session ends.
    for (let i = 0; i < 20; i++) writer.doc.getText('t').insert(0, 'x');
    await waitFor(() => relay.server.relay.stats().sessions === 2, 5_000, 'still open');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const third = await rawStream('resume', stream, second.events.at(-1)!.id!);
    expect(third.response.status).toBe(410);
    await waitFor(() => relay.server.relay.stats().sessions === 1, 5_000, 'the unresumable session closed');
  });

  it('a relay shutdown reaches an SSE client as a final 1012 close event (so it reconnects)', async () => {
    relay = await startTestRelay();
    const a = relay.provider('restart', { transport: 'sse' });
    await synced(a);
    a.doc.getText('t').insert(0, 'kept');
    await waitFor(async () => ((await relay.store.load('restart'))?.updates.length ?? 0) > 0, 5_000, 'the edit stored');
    const closes: number[] = [];
    a.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await relay.server.relay.shutdown();
    await waitFor(() => closes.includes(1012), 5_000, 'the 1012 close event');
  });
});
