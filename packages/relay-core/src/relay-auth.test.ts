import { describe, expect, it } from 'vitest';
import { createFakeClock, createMemoryNetwork, createSilentLogger } from '@tandem/test-kit';
import { encodeAwarenessMessage, encodeAwarenessUpdate, encodeQueryAwareness } from '@tandem/protocol';
import { createRelay, defaultRelayOptions, type RelayOptions } from './relay';
import { createMemoryDocStore } from './memory/memory-doc-store';
import type { Authorizer } from './ports';

const authorizer: Authorizer = {
  async authorize({ credentials, doc }) {
    if (credentials.token === null) return { ok: false, failure: 'unauthenticated', detail: 'no token' };
    if (credentials.token === 'stranger' || doc === 'secret') return { ok: false, failure: 'forbidden', detail: 'no access' };
    if (credentials.token === 'viewer') return { ok: true, access: 'read', user: { id: 'v', name: 'Vera' }, expiresAt: null };
    if (credentials.token === 'short') return { ok: true, access: 'write', user: { id: 's', name: 'Sam' }, expiresAt: 5_000 };
    return { ok: true, access: 'write', user: { id: credentials.token, name: credentials.token.toUpperCase(), color: '#123456' }, expiresAt: null };
  },
};

function setup(options: Partial<RelayOptions> = {}) {
  const clock = createFakeClock();
  const store = createMemoryDocStore();
  const relay = createRelay({ store, clock, logger: createSilentLogger(), authorizer }, { ...defaultRelayOptions, ...options });
  return { clock, store, relay, network: createMemoryNetwork(relay) };
}

describe('authorization', () => {
  it.each([
    ['no token', undefined, 'doc', { code: 4401, reason: 'UNAUTHENTICATED' }],
    ['a token without access', 'stranger', 'doc', { code: 4403, reason: 'FORBIDDEN' }],
    ['a doc the token does not cover', 'ada', 'secret', { code: 4403, reason: 'FORBIDDEN' }],
  ])('%s is refused before any document state is sent or loaded', async (_name, token, doc, closedWith) => {
    const { network, relay, store } = setup();
    await store.append(doc, Uint8Array.of(1, 1, 1, 0, 4, 1, 1, 116, 1, 120, 0)); // any stored content
    const client = network.connect(doc, token ? { token } : {});
    await network.deliverAll();
    expect(client.closedWith).toEqual(closedWith);
    expect(client.doc.share.size).toBe(0);
    expect(relay.stats().rooms).toBe(0);
  });

  it('a token that expires while connected closes the connection with 4401 at expiry', async () => {
    const { network, clock } = setup();
    const client = network.connect('doc', { token: 'short' });
    await network.deliverAll();
    clock.advance(4_999);
    expect(client.closedWith).toBeNull();
    clock.advance(1);
    expect(client.closedWith).toEqual({ code: 4401, reason: 'TOKEN_EXPIRED' });
  });

  it('stamps the token identity over what a client claims in awareness', async () => {
    const { network } = setup();
    const ada = network.connect('doc', { token: 'ada' });
    const bob = network.connect('doc', { token: 'bob' });
    await network.deliverAll();
    ada.awareness.setLocalState({ user: { name: 'Mallory', color: '#ff0000' }, cursor: 5 });
    await network.deliverAll();
    expect(bob.awareness.getStates().get(ada.doc.clientID)).toEqual({ user: { id: 'ada', name: 'ADA', color: '#123456' }, cursor: 5 });
  });

  it('relays a viewer\'s cursor but never its updates', async () => {
    const { network, store } = setup();
    const viewer = network.connect('doc', { token: 'viewer' });
    const editor = network.connect('doc', { token: 'ed' });
    await network.deliverAll();
    viewer.awareness.setLocalState({ cursor: 1 });
    viewer.doc.getText('t').insert(0, 'no');
    await network.deliverAll();
    expect(editor.awareness.getStates().get(viewer.doc.clientID)).toMatchObject({ user: { name: 'Vera' } });
    expect(editor.doc.getText('t').toString()).toBe('');
    expect(await store.load('doc')).toBeNull();
  });
});

describe('limits', () => {
  it('closes a connection that sends nothing within the handshake timeout (4508, retried by stock clients)', async () => {
    const { network, clock } = setup({ handshakeTimeoutMs: 1_000 });
    const silent = network.connect('doc', { token: 'a' });
    clock.advance(1_000);
    expect(silent.closedWith).toEqual({ code: 4508, reason: 'HANDSHAKE_TIMEOUT' });
  });

  it('slows a flooding connection (stops reading it) instead of closing it, and keeps serving others', async () => {
    const rateLimits = { messagesPerSecond: 10, messageBurst: 20, bytesPerSecond: 1 << 20, bytesBurst: 1 << 20 };
    const { network, clock } = setup({ rateLimits });
    const flooder = network.connect('doc', { token: 'f' });
    const calm = network.connect('doc', { token: 'c' });
    await network.deliverAll();
    for (let i = 0; i < 50; i++) flooder.doc.getText('t').insert(i, 'x');
    await network.deliverAll();
    // Over its burst the relay stops reading: the rest waits in the client's outbox (TCP).
    expect(flooder.isPaused).toBe(true);
    expect(flooder.outbox.length).toBeGreaterThan(0);
    expect(flooder.closedWith).toBeNull();
    calm.doc.getText('c').insert(0, 'still served');
    await network.deliverAll();
    expect(flooder.doc.getText('c').toString()).toBe('still served');
    // As the bucket refills, reading resumes, at the sustained rate, until everything is in.
    for (let i = 0; i < 20 && flooder.outbox.length > 0; i++) {
      clock.advance(1_000);
      await network.deliverAll();
    }
    expect(flooder.outbox).toHaveLength(0);
    expect(flooder.isPaused).toBe(false);
    expect(flooder.closedWith).toBeNull();
    expect(calm.doc.getText('t').toString()).toBe('x'.repeat(50));
  });

  it('sends a paused connection a keepalive, so a stock client does not give up on a silent socket', async () => {
    const { network, clock } = setup({ rateLimits: { messagesPerSecond: 1, messageBurst: 2, bytesPerSecond: 1 << 20, bytesBurst: 1 << 20 } });
    const flooder = network.connect('doc', { token: 'f' });
    await network.deliverAll();
    // Updates: the relay answers them to nobody but the others, so only keepalives reach the flooder.
    for (let i = 0; i < 60; i++) flooder.doc.getText('t').insert(i, 'x');
    const received: Uint8Array[] = [];
    const push = flooder.inbox.push.bind(flooder.inbox);
    flooder.inbox.push = (...frames) => (received.push(...frames), push(...frames));
    await network.deliverAll();
    expect(flooder.isPaused).toBe(true);
    received.length = 0;
    for (let second = 0; second < 30; second++) {
      clock.advance(1_000);
      await network.deliverAll();
    }
    expect(flooder.closedWith).toBeNull();
    // One keepalive at the pause, then one every 10 s while it lasts.
    expect(received.length).toBeGreaterThanOrEqual(3);
  });

  it('closes with 4529 (retryable) only a flood that pausing cannot contain', async () => {
    const { network } = setup({ maxMessageBytes: 1024, rateLimits: { messagesPerSecond: 10, messageBurst: 20, bytesPerSecond: 1 << 20, bytesBurst: 1 << 20 } });
    const flooder = network.connect('doc', { token: 'f' });
    const calm = network.connect('doc', { token: 'c' });
    await network.deliverAll();
    // A host that ignores pauseReading: frames keep coming, far past what one read can hold.
    const frame = (i: number) => encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: 5, clock: i + 1, stateJson: JSON.stringify({ pad: 'p'.repeat(900) }) }]));
    for (let i = 0; i < 2_000 && !flooder.closedWith; i++) flooder.session.receive(frame(i));
    expect(flooder.closedWith).toEqual({ code: 4529, reason: 'RATE_LIMITED' });
    expect(calm.closedWith).toBeNull();
  });

  it('refuses oversized awareness states and foreign client IDs', async () => {
    const { network } = setup({ maxAwarenessStateBytes: 100 });
    const a = network.connect('doc', { token: 'a' });
    const b = network.connect('doc', { token: 'b' });
    await network.deliverAll();
    a.sendRaw(encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: 7, clock: 1, stateJson: JSON.stringify({ big: 'x'.repeat(200) }) }])));
    await network.deliverAll();
    expect(b.awareness.getStates().has(7)).toBe(false);
  });

  it('refuses a new document with 1013 when the loaded-document limit is reached', async () => {
    const { network } = setup({ maxLoadedDocs: 2 });
    network.connect('one', { token: 'a' });
    network.connect('two', { token: 'a' });
    await network.deliverAll();
    const third = network.connect('three', { token: 'a' });
    const again = network.connect('one', { token: 'a' });
    await network.deliverAll();
    expect(third.closedWith).toEqual({ code: 1013, reason: 'TOO_MANY_DOCUMENTS' });
    expect(again.closedWith).toBeNull();
  });

  it('refuses connections past the per-document limit with 1013', async () => {
    const { network } = setup({ maxConnectionsPerDoc: 2 });
    network.connect('doc', { token: 'a' });
    network.connect('doc', { token: 'b' });
    await network.deliverAll();
    const third = network.connect('doc', { token: 'c' });
    await network.deliverAll();
    expect(third.closedWith).toEqual({ code: 1013, reason: 'TOO_MANY_CONNECTIONS' });
  });
});

describe('live revocation', () => {
  it('closes every session of a user with 4403', async () => {
    const { network, relay } = setup();
    const ada1 = network.connect('one', { token: 'ada' });
    const ada2 = network.connect('two', { token: 'ada' });
    const bob = network.connect('one', { token: 'bob' });
    await network.deliverAll();
    expect(relay.revoke({ userId: 'ada', action: 'close' })).toBe(2);
    await network.deliverAll();
    expect(ada1.closedWith).toEqual({ code: 4403, reason: 'REVOKED' });
    expect(ada2.closedWith).toEqual({ code: 4403, reason: 'REVOKED' });
    expect(bob.closedWith).toBeNull();
  });

  it('downgrades every session of a document to read-only', async () => {
    const { network, relay, store } = setup();
    const ada = network.connect('doc', { token: 'ada' });
    const other = network.connect('other', { token: 'ada' });
    await network.deliverAll();
    expect(relay.revoke({ doc: 'doc', action: 'downgrade' })).toBe(1);
    ada.doc.getText('t').insert(0, 'refused');
    other.doc.getText('t').insert(0, 'fine');
    await network.deliverAll();
    expect(await store.load('doc')).toBeNull();
    expect(await store.load('other')).not.toBeNull();
  });
});
