import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createFakeClock, createMemoryNetwork, createSeededRandom, createSilentLogger } from '@tandem/test-kit';
import { encodeAwarenessMessage, encodeAwarenessUpdate } from '@tandem/protocol';
import { createRelay, defaultRelayOptions, type RelayOptions } from './relay';
import { createMemoryDocStore } from './memory/memory-doc-store';
import type { Authorizer, DocStore, StoredDoc } from './ports';

/** Test tokens: 'viewer' reads, 'stranger' is forbidden, 'garbage' is not a token, 'ada' writes as Ada. */
const testAuthorizer: Authorizer = {
  async authorize({ credentials }) {
    switch (credentials.token) {
      case 'viewer':
        return { ok: true, access: 'read', user: { id: 'v1', name: 'Viewer' }, expiresAt: null };
      case 'stranger':
        return { ok: false, failure: 'forbidden', detail: 'no access' };
      case 'garbage':
        return { ok: false, failure: 'unauthenticated', detail: 'bad token' };
      case 'ada':
        return { ok: true, access: 'write', user: { id: 'u-ada', name: 'Ada', color: '#123456' }, expiresAt: 10_000 };
      default:
        return { ok: true, access: 'write', user: null, expiresAt: null };
    }
  },
};

function setup(options: Partial<RelayOptions> = {}, store: DocStore = createMemoryDocStore()) {
  const clock = createFakeClock();
  const relay = createRelay({ store, clock, logger: createSilentLogger(), authorizer: testAuthorizer }, { ...defaultRelayOptions, ...options });
  const network = createMemoryNetwork(relay);
  return { clock, relay, network, store };
}

async function storedText(store: DocStore, doc: string, field = 't'): Promise<string> {
  const stored = await store.load(doc);
  const ydoc = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(ydoc, update);
  return ydoc.getText(field).toString();
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('relay core: sync', () => {
  it('two clients converge on a Y.Text', async () => {
    const { network } = setup();
    const a = network.connect('doc');
    const b = network.connect('doc');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'hello ');
    b.doc.getText('t').insert(0, 'world');
    await network.deliverAll();
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    expect(a.doc.getText('t').toString()).toHaveLength(11);
  });

  it('a late joiner receives the full state', async () => {
    const { network } = setup();
    const a = network.connect('doc');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'written before you came');
    await network.deliverAll();
    const late = network.connect('doc');
    await network.deliverAll();
    expect(late.doc.getText('t').toString()).toBe('written before you came');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('converges under random delivery order (seed %i)', async (seed) => {
    const random = createSeededRandom(seed);
    const { network, store } = setup({ compaction: { maxUpdates: 7, maxBytes: 1 << 20 } });
    const clients = Array.from({ length: 4 }, () => network.connect('doc'));
    for (let round = 0; round < 30; round++) {
      const client = clients[random.int(clients.length)]!;
      const text = client.doc.getText('t');
      if (text.length > 0 && random.next() < 0.3) text.delete(random.int(text.length), 1);
      else text.insert(random.int(text.length + 1), String.fromCharCode(97 + random.int(26)));
      if (random.next() < 0.5) await network.deliverRandomly(random);
    }
    await network.deliverRandomly(random);
    const texts = clients.map((c) => c.doc.getText('t').toString());
    expect(new Set(texts).size).toBe(1);
    expect(await storedText(store, 'doc')).toBe(texts[0]);
  });

  it('keeps documents isolated', async () => {
    const { network } = setup();
    const a = network.connect('one');
    const b = network.connect('two');
    a.doc.getText('t').insert(0, 'only in one');
    await network.deliverAll();
    expect(b.doc.getText('t').toString()).toBe('');
  });
});

describe('relay core: durability and loading', () => {
  it('[PS1] broadcasts an update only after the store made it durable', async () => {
    const store = createMemoryDocStore();
    const gate = deferred<void>();
    const gatedStore: DocStore = { ...store, append: async (doc, update) => { await gate.promise; return store.append(doc, update); } };
    const { network } = setup({}, gatedStore);
    const a = network.connect('doc');
    const b = network.connect('doc');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'x');
    await network.deliverAll();
    expect(b.doc.getText('t').toString()).toBe('');
    gate.resolve();
    await network.deliverAll();
    expect(b.doc.getText('t').toString()).toBe('x');
  });

  it('[PS2] answers sync only once the stored document is loaded, with one shared load', async () => {
    const store = createMemoryDocStore();
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'stored');
    await store.append('doc', Y.encodeStateAsUpdate(seed));
    const gate = deferred<void>();
    let loads = 0;
    const slowStore: DocStore = { ...store, load: async (doc) => { loads++; await gate.promise; return store.load(doc); } };
    const { network } = setup({}, slowStore);
    const clients = [network.connect('doc'), network.connect('doc'), network.connect('doc')];
    await network.deliverAll();
    for (const client of clients) expect(client.inbox).toHaveLength(0);
    expect(clients.every((c) => c.doc.getText('t').toString() === '')).toBe(true);
    gate.resolve();
    await network.deliverAll();
    expect(loads).toBe(1);
    for (const client of clients) expect(client.doc.getText('t').toString()).toBe('stored');
  });

  it('pauses reading a client that sends a lot before its document loaded, instead of closing it', async () => {
    const store = createMemoryDocStore();
    const gate = deferred<void>();
    const slowStore: DocStore = { ...store, load: async (doc) => { await gate.promise; return store.load(doc); } };
    const { network } = setup({ maxQueuedMessages: 10 }, slowStore);
    const eager = network.connect('doc');
    const reader = network.connect('doc');
    for (let i = 0; i < 40; i++) eager.doc.getText('t').insert(i, 'e');
    await network.deliverAll();
    expect(eager.isPaused).toBe(true);
    expect(eager.closedWith).toBeNull();
    gate.resolve();
    await network.deliverAll();
    expect(eager.isPaused).toBe(false);
    expect(reader.doc.getText('t').toString()).toBe('e'.repeat(40));
  });

  it('closes waiting clients with 1013 when the load fails, and retries on the next join', async () => {
    const store = createMemoryDocStore();
    store.setUnavailable(true);
    const { network, relay } = setup({}, store);
    const a = network.connect('doc');
    await network.deliverAll();
    expect(a.closedWith).toEqual({ code: 1013, reason: 'STORAGE_UNAVAILABLE' });
    expect(relay.stats().rooms).toBe(0);
    store.setUnavailable(false);
    const b = network.connect('doc');
    await network.deliverAll();
    expect(b.closedWith).toBeNull();
  });

  it('closes the sender with 1013 and broadcasts nothing when an append fails', async () => {
    const store = createMemoryDocStore();
    const { network } = setup({}, store);
    const a = network.connect('doc');
    const b = network.connect('doc');
    await network.deliverAll();
    store.setUnavailable(true);
    a.doc.getText('t').insert(0, 'lost?');
    await network.deliverAll();
    expect(a.closedWith?.code).toBe(1013);
    expect(b.closedWith).toBeNull();
    expect(b.doc.getText('t').toString()).toBe('');
  });

  it('compacts the log into one snapshot past the threshold, keeping the content', async () => {
    const store = createMemoryDocStore();
    const { network } = setup({ compaction: { maxUpdates: 10, maxBytes: 1 << 20 } }, store);
    const a = network.connect('doc');
    await network.deliverAll();
    for (let i = 0; i < 25; i++) {
      a.doc.getText('t').insert(i, String(i % 10));
      await network.deliverAll();
    }
    const stored = (await store.load('doc')) as StoredDoc;
    expect(stored.logCount).toBe(5);
    expect(stored.updates).toHaveLength(6);
    expect(await storedText(store, 'doc')).toBe(a.doc.getText('t').toString());
  });
  it('runs at most two compactions at once across documents that fill up together', async () => {
    const inner = createMemoryDocStore();
    let running = 0;
    let mostAtOnce = 0;
    const gates: (() => void)[] = [];
    const store: DocStore = {
      ...inner,
      async compact(doc, snapshot, throughSeq) {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        await inner.compact(doc, snapshot, throughSeq);
        running--;
      },
    };
    const { network } = setup({ compaction: { maxUpdates: 3, maxBytes: 1 << 20 } }, store);
    const clients = ['d1', 'd2', 'd3', 'd4'].map((doc) => network.connect(doc));
    await network.deliverAll();
    for (let i = 0; i < 3; i++) {
      for (const client of clients) client.doc.getText('t').insert(0, 'x');
      await network.deliverAll();
    }
    await vi.waitFor(() => expect(gates).toHaveLength(2));
    expect(running).toBe(2);
    while (gates.length > 0 || running > 0) {
      gates.shift()?.();
      // The core has no host timers: let the released compaction's promise chain run.
      for (let k = 0; k < 50; k++) await Promise.resolve();
    }
    expect(mostAtOnce).toBe(2);
    for (const doc of ['d1', 'd2', 'd3', 'd4']) expect((await inner.load(doc))?.logCount).toBe(0);
  });
});

describe('relay core: lifecycle', () => {
  it('unloads a document after the grace period, compacted, and reloads it intact', async () => {
    const store = createMemoryDocStore();
    const { network, relay, clock } = setup({ unloadGraceMs: 1000 }, store);
    const a = network.connect('doc');
    a.doc.getText('t').insert(0, 'abc');
    await network.deliverAll();
    a.disconnect();
    await network.deliverAll();
    expect(relay.stats()).toMatchObject({ rooms: 1, sessions: 0 });
    clock.advance(999);
    await network.deliverAll();
    expect(relay.stats().rooms).toBe(1);
    clock.advance(1);
    await network.deliverAll();
    // Unloading compacts, then records the pending edits as a version.
    await vi.waitFor(() => expect(relay.stats().rooms).toBe(0), { timeout: 2_000, interval: 5 });
    expect((await store.load('doc'))?.logCount).toBe(0);
    expect(await store.listVersions('doc')).toHaveLength(1);
    const b = network.connect('doc');
    await network.deliverAll();
    expect(b.doc.getText('t').toString()).toBe('abc');
  });

  it('a join during the grace period keeps the room', async () => {
    const { network, relay, clock } = setup({ unloadGraceMs: 1000 });
    network.connect('doc').disconnect();
    await network.deliverAll();
    clock.advance(500);
    network.connect('doc');
    clock.advance(5000);
    await network.deliverAll();
    expect(relay.stats()).toMatchObject({ rooms: 1, sessions: 1 });
  });

  it('shutdown closes every session with 1012 and leaves every accepted update durable', async () => {
    const store = createMemoryDocStore();
    const { network, relay } = setup({}, store);
    const a = network.connect('doc');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'keep me');
    // deliver the update to the relay but do not let the append settle first
    a.session.receive(a.outbox.pop() as Uint8Array);
    await relay.shutdown();
    expect(a.closedWith).toEqual({ code: 1012, reason: 'SERVICE_RESTART' });
    expect(relay.isAccepting).toBe(false);
    expect(await storedText(store, 'doc')).toBe('keep me');
    const late = network.connect('doc');
    expect(late.closedWith?.code).toBe(1012);
  });
});

describe('relay core: awareness', () => {
  it('relays awareness and removes a client\'s states for everyone when it leaves', async () => {
    const { network } = setup();
    const a = network.connect('doc');
    const b = network.connect('doc');
    await network.deliverAll();
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await network.deliverAll();
    expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Ada' } });
    const late = network.connect('doc');
    await network.deliverAll();
    expect(late.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Ada' } });
    a.disconnect();
    await network.deliverAll();
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false);
    expect(late.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });

  it('refuses awareness for a client ID another connection owns', async () => {
    const { network } = setup();
    const a = network.connect('doc');
    const b = network.connect('doc');
    const c = network.connect('doc');
    await network.deliverAll();
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await network.deliverAll();
    const forged = encodeAwarenessUpdate([{ clientId: a.doc.clientID, clock: 99, stateJson: '{"user":{"name":"Mallory"}}' }]);
    b.sendRaw(encodeAwarenessMessage(forged));
    await network.deliverAll();
    expect(c.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Ada' } });
  });
});

describe('relay core: bad input closes only the offending session', () => {
  const cases: [string, Uint8Array | string, number, string][] = [
    ['a text frame', 'hello', 4400, 'TEXT_FRAME'],
    ['an unknown message type', Uint8Array.of(42), 4400, 'UNKNOWN_MESSAGE_TYPE'],
    ['a truncated frame', Uint8Array.of(0, 2, 10, 1), 4400, 'BAD_MESSAGE'],
    ['a corrupt update', Uint8Array.of(0, 2, 4, 0xff, 0xff, 0xff, 0x01), 4400, 'CORRUPT_UPDATE'],
    ['a corrupt awareness update', Uint8Array.of(1, 3, 1, 5, 1), 4400, 'BAD_AWARENESS'],
    ['an oversized frame', new Uint8Array(2048), 1009, 'MESSAGE_TOO_BIG'],
  ];
  it.each(cases)('%s', async (_name, frame, code, reason) => {
    const store = createMemoryDocStore();
    const { network } = setup({ maxMessageBytes: 1024 }, store);
    const good = network.connect('doc');
    const bad = network.connect('doc');
    await network.deliverAll();
    good.doc.getText('t').insert(0, 'safe');
    await network.deliverAll();
    const before = await store.load('doc');
    bad.sendRaw(frame);
    await network.deliverAll();
    expect(bad.closedWith).toEqual({ code, reason });
    expect(good.closedWith).toBeNull();
    expect(await store.load('doc')).toEqual(before);
    good.doc.getText('t').insert(4, '!');
    const other = network.connect('doc');
    await network.deliverAll();
    expect(other.doc.getText('t').toString()).toBe('safe!');
  });

  it('refuses updates from a read-only session with permission-denied', async () => {
    const store = createMemoryDocStore();
    const { network } = setup({}, store);
    const viewer = network.connect('doc', { token: 'viewer' });
    const editor = network.connect('doc');
    await network.deliverAll();
    viewer.doc.getText('t').insert(0, 'vandalism');
    await network.deliverAll();
    expect(editor.doc.getText('t').toString()).toBe('');
    expect(await store.load('doc')).toBeNull();
    expect(viewer.closedWith).toBeNull();
  });

  it('closes a slow consumer instead of buffering without bound', async () => {
    let buffered = 0;
    const { network } = setup({ maxBufferedBytes: 100 });
    const slow = network.connect('doc', { bufferedBytes: () => buffered });
    const writer = network.connect('doc');
    await network.deliverAll();
    buffered = 101;
    writer.doc.getText('t').insert(0, 'flood');
    await network.deliverAll();
    expect(slow.closedWith?.code).toBe(1013);
    expect(writer.closedWith).toBeNull();
  });
});
