import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createFakeClock, createMemoryNetwork, createSilentLogger } from '@tandem/test-kit';
import { CloseCode, CloseReason } from '@tandem/protocol';
import { BadMessageError, DocumentDeletedError, StorageUnavailableError } from './errors';
import { createMemoryDocStore } from './memory/memory-doc-store';
import type { DocStore, ServerEditOrigin } from './ports';
import { createRelay, defaultRelayOptions } from './relay';

const origin: ServerEditOrigin = { kind: 'server', action: 'import', userId: null };

function setup(store: DocStore = createMemoryDocStore()) {
  const clock = createFakeClock();
  const relay = createRelay({ store, clock, logger: createSilentLogger() }, { ...defaultRelayOptions, unloadGraceMs: 1_000 });
  return { clock, relay, store, network: createMemoryNetwork(relay) };
}

/** An update that sets Y.Text('t') of a fresh doc to `text`. */
function textUpdate(text: string, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

async function storedText(store: DocStore, doc: string): Promise<string | null> {
  const stored = await store.load(doc);
  if (!stored) return null;
  const ydoc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(ydoc, update);
  return ydoc.getText('t').toString();
}

describe('relay core: server edits (applyServerUpdate)', () => {
  it('a server edit to a live document is stored and reaches every connected client', async () => {
    const { relay, network, store } = setup();
    const a = network.connect('doc');
    const b = network.connect('doc');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'typed ');
    await network.deliverAll();
    await relay.applyServerUpdate('doc', textUpdate('imported', a.doc), origin);
    await network.deliverAll();
    expect(a.doc.getText('t').toString()).toBe('typed imported');
    expect(b.doc.getText('t').toString()).toBe('typed imported');
    expect(await storedText(store, 'doc')).toBe('typed imported');
  });

  it('a server edit to a document nobody has open is stored, and the room is unloaded after the grace', async () => {
    const { relay, store, clock, network } = setup();
    await relay.applyServerUpdate('cold', textUpdate('hello'), origin);
    expect(await storedText(store, 'cold')).toBe('hello');
    expect(relay.stats().rooms).toBe(1);
    clock.advance(1_000);
    await network.deliverAll();
    await vi.waitFor(() => expect(relay.stats()).toMatchObject({ rooms: 0, sessions: 0 }), { timeout: 2_000, interval: 5 });
  });

  it('a corrupt update is refused with BadMessageError and nothing is stored', async () => {
    const { relay, store } = setup();
    await expect(relay.applyServerUpdate('doc', Uint8Array.of(1, 2, 3, 250), origin)).rejects.toBeInstanceOf(BadMessageError);
    expect(await store.load('doc')).toBeNull();
  });

  it('a failing store rejects the edit with StorageUnavailableError and no client sees it', async () => {
    const store = createMemoryDocStore();
    const { relay, network } = setup(store);
    const a = network.connect('doc');
    await network.deliverAll();
    store.setUnavailable(true);
    await expect(relay.applyServerUpdate('doc', textUpdate('lost'), origin)).rejects.toBeInstanceOf(StorageUnavailableError);
    await network.deliverAll();
    expect(a.doc.getText('t').toString()).toBe('');
    expect(a.closedWith).toBeNull();
  });
});

describe('relay core: deleteDocument', () => {
  it('closes live sessions with 4410 DOCUMENT_DELETED and removes the stored document', async () => {
    const { relay, network, store } = setup();
    const a = network.connect('doc');
    const other = network.connect('other');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'doomed');
    await network.deliverAll();
    expect(await storedText(store, 'doc')).toBe('doomed');

    expect(await relay.deleteDocument('doc')).toEqual({ wasStored: true, closedSessions: 1 });
    expect(a.closedWith).toEqual({ code: CloseCode.documentDeleted, reason: CloseReason.documentDeleted });
    expect(other.closedWith).toBeNull();
    expect(await store.load('doc')).toBeNull();
    expect(relay.stats().rooms).toBe(1); // only 'other'
  });

  it('an update accepted just before the delete does not bring the document back', async () => {
    // Like SQLite's group commit: appends are written a moment later, removes at once.
    const store = createMemoryDocStore();
    const writes: Promise<unknown>[] = [];
    const batching: DocStore = {
      ...store,
      append(doc, update) {
        const write = (async () => {
          for (let tick = 0; tick < 50; tick++) await Promise.resolve();
          return store.append(doc, update);
        })();
        writes.push(write);
        return write;
      },
    };
    const { relay, network } = setup(batching);
    const a = network.connect('doc');
    await network.deliverAll();
    a.doc.getText('t').insert(0, 'last words');
    // Deliver the client's update to the relay (its append is in flight) and delete at once.
    a.session.receive(a.outbox.shift() as Uint8Array);
    await relay.deleteDocument('doc');
    await Promise.allSettled(writes);
    expect(writes).toHaveLength(1);
    expect(await store.load('doc')).toBeNull();
  });

  it('a session that joins while the document is being deleted is closed with 4410 too', async () => {
    const store = createMemoryDocStore();
    let releaseRemove!: () => void;
    const slowStore: DocStore = { ...store, remove: async (doc) => { await new Promise<void>((r) => (releaseRemove = r)); return store.remove(doc); } };
    const { relay, network } = setup(slowStore);
    await relay.applyServerUpdate('doc', textUpdate('x'), origin);
    const deletion = relay.deleteDocument('doc');
    const late = network.connect('doc');
    await network.deliverAll();
    expect(late.closedWith?.code).toBe(CloseCode.documentDeleted);
    await expect(relay.applyServerUpdate('doc', textUpdate('y'), origin)).rejects.toBeInstanceOf(DocumentDeletedError);
    await waitUntil(() => releaseRemove !== undefined);
    releaseRemove();
    await deletion;
    // Once deleted, the name is free: a new client starts an empty document.
    const fresh = network.connect('doc');
    await network.deliverAll();
    expect(fresh.closedWith).toBeNull();
    expect(fresh.doc.getText('t').toString()).toBe('');
  });

  it('waits for a server edit in flight before removing, so the edit cannot resurrect the document', async () => {
    const store = createMemoryDocStore();
    let releaseLoad!: () => void;
    const slowStore: DocStore = { ...store, load: async (doc) => { await new Promise<void>((r) => (releaseLoad = r)); return store.load(doc); } };
    const { relay } = setup(slowStore);
    const edit = relay.applyServerUpdate('doc', textUpdate('racing'), origin);
    const deletion = relay.deleteDocument('doc');
    await waitUntil(() => releaseLoad !== undefined);
    releaseLoad();
    await edit;
    await deletion;
    expect(await store.load('doc')).toBeNull();
  });

  it('reports a document that was never stored', async () => {
    const { relay } = setup();
    expect(await relay.deleteDocument('nothing')).toEqual({ wasStored: false, closedSessions: 0 });
  });
});

async function waitUntil(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !check(); i++) await Promise.resolve();
  if (!check()) throw new Error('condition never became true');
}
