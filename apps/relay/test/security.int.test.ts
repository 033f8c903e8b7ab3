import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createJwtAuthorizer, createTokenIssuer, createVerificationKey } from '@tandem/auth-jwt';
import { encodeSyncStep1, encodeSyncUpdate } from '@tandem/protocol';
import { createRecordingLogger } from '@tandem/test-kit';
import { closeOf, startTestRelay, synced, waitFor, type TestRelay, type TestRelayOptions } from './harness';

const SECRET = 'security-test-secret-with-enough-bytes!!';
const issuer = createTokenIssuer(SECRET);
let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

async function startSecured(options: TestRelayOptions = {}) {
  const authorizer = createJwtAuthorizer(await createVerificationKey({ kind: 'secret', secret: SECRET }));
  relay = await startTestRelay({ authorizer, ...options });
  return relay;
}

const token = (docs: Record<string, 'viewer' | 'editor'>, extra: { sub?: string; name?: string; ttlSeconds?: number } = {}) =>
  issuer.issue({ sub: extra.sub ?? 'u1', docs, ttlSeconds: extra.ttlSeconds ?? 3600, ...(extra.name ? { name: extra.name } : {}) });

function providerWithToken(doc: string, jwt: string | null): WebsocketProvider {
  const p = new WebsocketProvider(relay.wsUrl, doc, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: jwt ? { token: jwt } : {},
  });
  // A refused provider would otherwise retry forever in the background of later tests.
  p.on('connection-close', (event: { code: number } | null) => {
    if (event && event.code >= 4000) p.shouldConnect = false;
  });
  return p;
}

/** Opens a raw socket and records every frame and the close. */
async function rawClient(path: string, protocols?: string[]) {
  const socket = new WebSocket(`${relay.wsUrl}${path}`, protocols);
  const frames: Buffer[] = [];
  socket.on('message', (data: Buffer) => frames.push(data));
  socket.on('error', () => undefined);
  const closed = closeOf(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return { socket, frames, closed };
}

describe('tokens and roles over real sockets', () => {
  it('an editor token in the query string works with a stock provider', async () => {
    await startSecured();
    const jwt = await token({ 'team/*': 'editor' });
    const a = providerWithToken('team/plan', jwt);
    const b = providerWithToken('team/plan', jwt);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('t').insert(0, 'authorised');
    await waitFor(() => b.doc.getText('t').toString() === 'authorised');
  });

  it('a token offered as a sub-protocol is accepted and never echoed back', async () => {
    await startSecured();
    const jwt = await token({ d: 'editor' });
    const client = await rawClient('/d', ['tandem-auth', jwt]);
    expect(client.socket.protocol).toBe('tandem-auth');
    client.socket.send(encodeSyncStep1(Uint8Array.of(0)));
    await waitFor(() => client.frames.length > 0);
  });

  it.each([
    ['no token', null, 4401, 'UNAUTHENTICATED'],
    ['a garbage token', 'garbage', 4401, 'UNAUTHENTICATED'],
    ['an expired token', 'expired', 4401, 'UNAUTHENTICATED'],
    ['a token for other documents', 'other', 4403, 'FORBIDDEN'],
  ])('%s is closed with %i before any document state is sent', async (_name, kind, code, reason) => {
    await startSecured();
    const writer = providerWithToken('guarded', await token({ guarded: 'editor' }));
    await synced(writer);
    writer.doc.getText('t').insert(0, 'private content');
    await waitFor(async () => (await relay.store.load('guarded')) !== null);
    const jwt =
      kind === 'expired' ? await createTokenIssuer(SECRET, { now: () => Date.now() - 7_200_000 }).issue({ sub: 'x', docs: { '*': 'editor' }, ttlSeconds: 60 })
      : kind === 'other' ? await token({ 'other/*': 'editor' })
      : kind;
    const client = await rawClient(`/guarded${jwt ? `?token=${jwt}` : ''}`);
    client.socket.send(encodeSyncStep1(Uint8Array.of(0)));
    expect(await client.closed).toEqual({ code, reason });
    expect(client.frames).toHaveLength(0);
  });

  it('a viewer syncs and sees updates, but its updates are refused with permission-denied and never stored', async () => {
    await startSecured();
    const editor = providerWithToken('handbook', await token({ handbook: 'editor' }));
    await synced(editor);
    editor.doc.getText('t').insert(0, 'read me');
    const viewerJwt = await token({ handbook: 'viewer' }, { sub: 'v1', name: 'Vera' });
    const client = await rawClient(`/handbook?token=${viewerJwt}`);
    client.socket.send(encodeSyncStep1(Uint8Array.of(0)));
    await waitFor(() => client.frames.some((f) => f[0] === 0 && f[1] === 1), 5_000, 'step 2 for the viewer');
    const before = await relay.store.load('handbook');
    const vandal = new Y.Doc();
    vandal.getText('t').insert(0, 'vandalism');
    client.socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(vandal)));
    await waitFor(() => client.frames.some((f) => f[0] === 2 && f[1] === 0), 5_000, 'permission-denied');
    expect(await relay.store.load('handbook')).toEqual(before);
    expect(editor.doc.getText('t').toString()).toBe('read me');
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('a token that expires while connected is closed with 4401 at expiry', async () => {
    await startSecured();
    const client = await rawClient(`/soon?token=${await token({ soon: 'editor' }, { ttlSeconds: 2 })}`);
    client.socket.send(encodeSyncStep1(Uint8Array.of(0)));
    const startedAt = Date.now();
    expect(await client.closed).toEqual({ code: 4401, reason: 'TOKEN_EXPIRED' });
    expect(Date.now() - startedAt).toBeLessThan(3_500);
  });

  it('presence shows the name from the token, not the one the client claims', async () => {
    await startSecured();
    const ada = providerWithToken('p', await token({ p: 'editor' }, { sub: 'ada', name: 'Ada' }));
    const bob = providerWithToken('p', await token({ p: 'editor' }, { sub: 'bob', name: 'Bob' }));
    await Promise.all([synced(ada), synced(bob)]);
    ada.awareness.setLocalStateField('user', { name: 'The CEO', color: '#00aa00' });
    await waitFor(() => bob.awareness.getStates().get(ada.doc.clientID)?.user?.name === 'Ada');
    expect(bob.awareness.getStates().get(ada.doc.clientID)?.user).toEqual({ id: 'ada', name: 'Ada', color: '#00aa00' });
  });
});

describe('origins, per-address limits and admin revocation', () => {
  it('refuses upgrades from browser origins that are not allowed (403)', async () => {
    await startSecured({ allowedOrigins: new Set(['https://docs.example']) });
    const jwt = await token({ d: 'editor' });
    const evil = new WebSocket(`${relay.wsUrl}/d?token=${jwt}`, { headers: { origin: 'https://evil.example' } });
    evil.on('error', () => undefined);
    const status = await new Promise<number>((resolve) => evil.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
    const good = new WebSocket(`${relay.wsUrl}/d?token=${jwt}`, { headers: { origin: 'https://docs.example' } });
    await new Promise((resolve) => good.once('open', resolve));
    good.terminate();
  });

  it('refuses connections past the per-address limit with HTTP 429', async () => {
    relay = await startTestRelay({ maxConnectionsPerAddress: 2 });
    await relay.rawSocket('/a');
    await relay.rawSocket('/b');
    await expect(relay.rawSocket('/c')).rejects.toThrow('HTTP 429');
  });

  it('the admin endpoint closes every connection of a user at once, and requires the admin token', async () => {
    await startSecured({ adminToken: 'admin-secret' });
    const adaToken = await token({ '*': 'editor' }, { sub: 'ada' });
    const ada1 = await rawClient(`/one?token=${adaToken}`);
    const ada2 = await rawClient(`/two?token=${await token({ '*': 'editor' }, { sub: 'ada' })}`);
    const bob = await rawClient(`/one?token=${await token({ '*': 'editor' }, { sub: 'bob' })}`);
    for (const c of [ada1, ada2, bob]) c.socket.send(encodeSyncStep1(Uint8Array.of(0)));
    await waitFor(() => relay.server.relay.stats().sessions === 3 && [ada1, ada2, bob].every((c) => c.frames.length > 0));
    const post = (auth: string | null, body: unknown) =>
      fetch(`${relay.httpUrl}/api/admin/revoke`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body) });
    expect((await post(null, { userId: 'ada', action: 'close' })).status).toBe(401);
    expect((await post('Bearer wrong', { userId: 'ada', action: 'close' })).status).toBe(401);
    expect((await post('Bearer admin-secret', { action: 'close' })).status).toBe(400);
    const res = await post('Bearer admin-secret', { userId: 'ada', action: 'close' });
    expect(await res.json()).toEqual({ revoked: 2 });
    expect(await ada1.closed).toEqual({ code: 4403, reason: 'REVOKED' });
    expect(await ada2.closed).toEqual({ code: 4403, reason: 'REVOKED' });
    expect(bob.socket.readyState).toBe(WebSocket.OPEN);
    // The revocation lasts: the same token reconnecting is refused before any state is sent.
    const again = await rawClient(`/one?token=${adaToken}`);
    again.socket.send(encodeSyncStep1(Uint8Array.of(0)));
    expect(await again.closed).toEqual({ code: 4403, reason: 'REVOKED' });
    expect(again.frames).toHaveLength(0);
  });
});

describe('logging', () => {
  it('never writes a token into the logs, whether it is accepted, refused or expired', async () => {
    const logger = createRecordingLogger();
    logger.debug = logger.info; // record every level
    await startSecured({ logger });
    const good = await token({ d: 'editor' });
    const narrowToken = await token({ 'elsewhere/*': 'editor' });
    const stale = await createTokenIssuer(SECRET, { now: () => Date.now() - 7_200_000 }).issue({ sub: 'x', docs: { '*': 'editor' }, ttlSeconds: 60 });
    for (const jwt of [good, narrowToken, stale, `${good}tampered`]) {
      const client = await rawClient(`/d?token=${jwt}`);
      client.socket.send(encodeSyncStep1(Uint8Array.of(0)));
      client.socket.send(Uint8Array.of(99)); // and a bad frame, to log a close
      await client.closed;
    }
    await relay.stop();
    const written = JSON.stringify(logger.lines);
    expect(logger.lines.length).toBeGreaterThan(3);
    for (const jwt of [good, narrowToken, stale]) {
      expect(written).not.toContain(jwt);
      expect(written).not.toContain(jwt.split('.')[2]!);
    }
  });
});
