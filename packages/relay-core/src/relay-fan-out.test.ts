import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createFakeClock, createMemoryNetwork, createSilentLogger, type MemoryClient, type MemoryNetwork } from '@tandem/test-kit';
import { createRelay, defaultRelayOptions, type Relay, type RelayOptions } from './relay';
import { createMemoryDocStore } from './memory/memory-doc-store';
import { createLocalFanOutHub } from './memory/local-fan-out';
import { encodeAwarenessMessage, encodeAwarenessUpdate } from '@tandem/protocol';
import type { DocStore, FanOut } from './ports';

const AWARENESS_TIMEOUT_MS = 30_000;

/** Two (or more) relays sharing one store and one in-process fan-out bus, on one fake clock. */
function cluster(names: string[] = ['A', 'B'], options: Partial<RelayOptions> = {}) {
  const clock = createFakeClock();
  const memory = createMemoryDocStore();
  const appends: string[] = [];
  const store: DocStore = {
    ...memory,
    append: async (doc, update) => {
      appends.push(doc);
      return memory.append(doc, update);
    },
  };
  const hub = createLocalFanOutHub();
  const nodes = names.map((name) => {
    const fanOut = hub.connect(name);
    const relay = createRelay(
      { store, clock, logger: createSilentLogger(), fanOut },
      { ...defaultRelayOptions, remoteAwarenessTimeoutMs: AWARENESS_TIMEOUT_MS, ...options },
    );
    return { name, relay, fanOut, network: createMemoryNetwork(relay) };
  });
  const networks = nodes.map((node) => node.network);
  return { clock, store, memory, appends, hub, nodes, networks };
}

/** Delivers frames on every network and lets store and bus promises run until `check` holds. */
async function until(networks: MemoryNetwork[], check: () => boolean, what = 'condition'): Promise<void> {
  for (let round = 0; round < 200; round++) {
    for (const network of networks) await network.deliverAll();
    if (check()) return;
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }
  throw new Error(`never reached: ${what}`);
}

const text = (client: MemoryClient): string => client.doc.getText('t').toString();
const allEqual = (clients: MemoryClient[]): boolean => new Set(clients.map(text)).size === 1;

async function storedText(store: DocStore, doc: string): Promise<string> {
  const ydoc = new Y.Doc();
  for (const update of (await store.load(doc))?.updates ?? []) Y.applyUpdate(ydoc, update);
  return ydoc.getText('t').toString();
}

describe('relay core with fan-out: updates', () => {
  it('[FO1] an update accepted by A is stored once, then reaches B\'s clients; B neither stores nor republishes it', async () => {
    const { nodes, networks, appends, hub, store } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.doc.getText('t').insert(0, 'from A');
    await until(networks, () => text(b) === 'from A', 'B sees A\'s edit');
    expect(appends).toEqual(['doc']);
    b.doc.getText('t').insert(6, ' and B');
    await until(networks, () => text(a) === 'from A and B', 'A sees B\'s edit');
    expect(appends).toEqual(['doc', 'doc']);
    expect(await storedText(store, 'doc')).toBe('from A and B');
    // No echo: every publish was delivered exactly once (to the one other relay).
    const delivered = hub.deliveredCount;
    await until(networks, () => true);
    expect(hub.deliveredCount).toBe(delivered);
  });

  it('[FO1] publishes only after the store made the update durable', async () => {
    const clock = createFakeClock();
    const memory = createMemoryDocStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: DocStore = { ...memory, append: async (doc, update) => { await gate; return memory.append(doc, update); } };
    const hub = createLocalFanOutHub();
    const relayA = createRelay({ store: gated, clock, logger: createSilentLogger(), fanOut: hub.connect('A') });
    const relayB = createRelay({ store: memory, clock, logger: createSilentLogger(), fanOut: hub.connect('B') });
    const networks = [createMemoryNetwork(relayA), createMemoryNetwork(relayB)];
    const a = networks[0]!.connect('doc');
    const b = networks[1]!.connect('doc');
    await until(networks, () => true);
    a.doc.getText('t').insert(0, 'x');
    await until(networks, () => true);
    for (let i = 0; i < 20; i++) await until(networks, () => true);
    expect(text(b)).toBe('');
    release();
    await until(networks, () => text(b) === 'x', 'B sees the edit once durable');
  });

  it('[FO2] a lost message is detected by the gap in the publisher\'s sequence and caught up from the store', async () => {
    const { nodes, networks, hub } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.doc.getText('t').insert(0, 'one ');
    await until(networks, () => text(b) === 'one ', 'first edit');
    hub.dropNext(1);
    a.doc.getText('t').insert(4, 'two ');
    await until(networks, () => text(a) === 'one two ');
    // B has not seen "two" and would not without a catch-up: the next message reveals the gap.
    for (let i = 0; i < 10; i++) await until(networks, () => true);
    expect(text(b)).toBe('one ');
    a.doc.getText('t').insert(8, 'three');
    await until(networks, () => text(b) === 'one two three', 'B catches up after the gap');
  });

  it('[FO2] an update compaction folds in from the shared store reaches the clients too', async () => {
    const { nodes, networks, hub } = cluster(['A', 'B'], { compaction: { maxUpdates: 2, maxBytes: 1 << 20 } });
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    hub.dropNext(1);
    a.doc.getText('t').insert(0, 'X');
    await until(networks, () => true);
    expect(text(b)).toBe('');
    // B's own edits make B compact, which re-reads the store and finds A's lost edit.
    b.doc.getText('t').insert(0, 'b');
    await until(networks, () => true);
    b.doc.getText('t').insert(0, 'b');
    await until(networks, () => text(b).includes('X'), 'B\'s client gets the edit its relay folded in');
  });

  it('[FO3] after a bus outage, clients on both relays converge without reconnecting', async () => {
    const { nodes, networks, hub, store } = cluster();
    const clients = [nodes[0]!.network.connect('doc'), nodes[0]!.network.connect('doc'), nodes[1]!.network.connect('doc'), nodes[1]!.network.connect('doc')];
    await until(networks, () => true);
    clients[0]!.doc.getText('t').insert(0, 'base.');
    await until(networks, () => clients.every((c) => text(c) === 'base.'));
    hub.setDown(true);
    clients.forEach((client, i) => client.doc.getText('t').insert(0, `[${i}]`));
    for (let i = 0; i < 10; i++) await until(networks, () => true);
    expect(allEqual(clients)).toBe(false);
    hub.setDown(false);
    await until(networks, () => allEqual(clients) && text(clients[0]!).length === 'base.'.length + 12, 'convergence after the outage');
    expect(clients.every((c) => c.closedWith === null)).toBe(true);
    expect(await storedText(store, 'doc')).toBe(text(clients[0]!));
  });

  it('[FO3] after a bus outage, a relay catches up even on edits of a room that closed on the other relay meanwhile', async () => {
    const { nodes, networks, hub, clock } = cluster(['A', 'B'], { unloadGraceMs: 100 });
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    hub.setDown(true);
    a.doc.getText('t').insert(0, 'written during the outage');
    await until(networks, () => true);
    a.disconnect();
    clock.advance(200);
    await until(networks, () => nodes[0]!.relay.stats().rooms === 0, 'A unloads the room');
    // No relay will ever say hello for A's stream again: only B's own catch-up can find the edit.
    hub.setDown(false);
    await until(networks, () => text(b) === 'written during the outage', 'B catches up from the store');
  });

  it('[FO3] an update that arrives while the room is loading is not lost', async () => {
    const clock = createFakeClock();
    const memory = createMemoryDocStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowLoad: DocStore = { ...memory, load: async (doc) => { const stored = await memory.load(doc); await gate; return stored; } };
    const hub = createLocalFanOutHub();
    const relayA = createRelay({ store: memory, clock, logger: createSilentLogger(), fanOut: hub.connect('A') });
    const relayB = createRelay({ store: slowLoad, clock, logger: createSilentLogger(), fanOut: hub.connect('B') });
    const networks = [createMemoryNetwork(relayA), createMemoryNetwork(relayB)];
    const a = networks[0]!.connect('doc');
    await until(networks, () => true);
    const b = networks[1]!.connect('doc');
    await until(networks, () => true);
    // B's load read the (empty) store; A's edit is stored and published before B's load finishes.
    a.doc.getText('t').insert(0, 'during load');
    for (let i = 0; i < 10; i++) await until(networks, () => true);
    release();
    await until(networks, () => text(b) === 'during load', 'B has the edit made during its load');
  });

  it('[FO4] unsubscribes when the room unloads and subscribes again when it reopens', async () => {
    const { nodes, networks, clock } = cluster(['A', 'B'], { unloadGraceMs: 100 });
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    b.disconnect();
    await until(networks, () => true);
    clock.advance(200);
    await until(networks, () => nodes[1]!.relay.stats().rooms === 0, 'B unloads the room');
    a.doc.getText('t').insert(0, 'while B was away');
    await until(networks, () => true);
    const b2 = nodes[1]!.network.connect('doc');
    await until(networks, () => text(b2) === 'while B was away');
    a.doc.getText('t').insert(0, '>');
    await until(networks, () => text(b2) === '>while B was away', 'live again after reopening');
  });
});

describe('relay core with fan-out: awareness', () => {
  const state = (client: MemoryClient, of: MemoryClient) => client.awareness.getStates().get(of.doc.clientID);

  it('[FO5] awareness crosses both ways, reaches a late joiner on the other relay, and a leave removes it there', async () => {
    const { nodes, networks } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    b.awareness.setLocalState({ user: { name: 'Bob' } });
    await until(networks, () => state(b, a) !== undefined && state(a, b) !== undefined, 'presence crosses');
    expect(state(b, a)).toEqual({ user: { name: 'Ada' } });
    const late = nodes[1]!.network.connect('doc');
    await until(networks, () => state(late, a) !== undefined, 'late joiner on B sees Ada on A');
    a.disconnect();
    await until(networks, () => state(b, a) === undefined && state(late, a) === undefined, 'Ada leaves everywhere');
  });

  it('[FO5] a stock client echoing remote presence back to its relay does not keep a departed client alive', async () => {
    const { nodes, networks } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    const other = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await until(networks, () => state(b, a) !== undefined);
    // y-websocket re-sends every awareness change it applies, remote ones included.
    const clock = a.awareness.meta.get(a.doc.clientID)!.clock;
    b.sendRaw(encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: a.doc.clientID, clock, stateJson: '{"user":{"name":"Ada"}}' }])));
    await until(networks, () => true);
    a.disconnect();
    await until(networks, () => state(b, a) === undefined && state(other, a) === undefined, 'Ada gone from B despite the echo');
    const late = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    expect(state(late, a)).toBeUndefined();
  });

  it('[FO5] a new room on B learns A\'s presence at once, without waiting for a renewal', async () => {
    const { nodes, networks } = cluster();
    const a = nodes[0]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await until(networks, () => true);
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => state(b, a) !== undefined, 'B\'s first client sees Ada');
  });

  it('[FO6] a relay that dies silently: its clients\' presence expires on the others within the timeout', async () => {
    const { nodes, networks, clock } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await until(networks, () => state(b, a) !== undefined);
    // A vanishes: no leave message will ever be published.
    await nodes[0]!.fanOut.close();
    clock.advance(AWARENESS_TIMEOUT_MS - 1_000);
    await until(networks, () => true);
    expect(state(b, a)).toBeDefined();
    clock.advance(2_000);
    await until(networks, () => state(b, a) === undefined, 'Ada expires on B');
    const late = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    expect(state(late, a)).toBeUndefined();
  });

  it('[FO6] renewals keep remote presence alive past the timeout', async () => {
    const { nodes, networks, clock } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await until(networks, () => state(b, a) !== undefined);
    for (let i = 0; i < 4; i++) {
      clock.advance(15_000);
      a.awareness.setLocalState({ user: { name: 'Ada' } });
      await until(networks, () => true);
    }
    expect(state(b, a)).toEqual({ user: { name: 'Ada' } });
  });

  it('[FO6] a client that moves from A to B keeps its presence on B (its own session wins over A\'s stale copy)', async () => {
    const { nodes, networks } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const watcher = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await until(networks, () => state(watcher, a) !== undefined);
    // The same client reconnects through B and renews its state there (a newer clock: an echo of
    // A's copy would carry the same clock and be ignored; y-protocols clients answer a removal of
    // their own state by re-announcing it with a newer clock, so a moved client always gets here).
    const moved = nodes[1]!.network.connect('doc');
    const renewed = a.awareness.meta.get(a.doc.clientID)!.clock + 1;
    moved.sendRaw(encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: a.doc.clientID, clock: renewed, stateJson: '{"user":{"name":"Ada"}}' }])));
    await until(networks, () => true);
    // The old session on A still renews once, then closes: neither may override B's own session.
    a.sendRaw(encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: a.doc.clientID, clock: renewed + 1, stateJson: '{"user":{"name":"Old Ada"}}' }])));
    await until(networks, () => true);
    a.disconnect();
    await until(networks, () => true);
    expect(state(watcher, a)).toEqual({ user: { name: 'Ada' } });
  });
});

describe('relay core with fan-out: lifecycle', () => {
  it('keeps serving its own clients while the bus is down', async () => {
    const { nodes, networks, hub } = cluster();
    hub.setDown(true);
    const a1 = nodes[0]!.network.connect('doc');
    const a2 = nodes[0]!.network.connect('doc');
    await until(networks, () => true);
    a1.doc.getText('t').insert(0, 'local');
    await until(networks, () => text(a2) === 'local');
    expect(nodes[0]!.fanOut.status).toBe('down');
  });

  it('shutdown publishes the leaves of its clients, then drops its subscriptions', async () => {
    const { nodes, networks } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    await until(networks, () => true);
    a.awareness.setLocalState({ user: { name: 'Ada' } });
    await until(networks, () => b.awareness.getStates().has(a.doc.clientID));
    await (nodes[0]!.relay as Relay).shutdown();
    await until(networks, () => !b.awareness.getStates().has(a.doc.clientID), 'Ada removed on B');
    expect((nodes[0]!.fanOut as FanOut).status).toBe('live');
  });
});

describe('relay core with fan-out: deleting a document', () => {
  it('[FO7] a deletion on A closes the document\'s sessions on B with 4410 and drops B\'s room', async () => {
    const { nodes, networks, store } = cluster();
    const a = nodes[0]!.network.connect('doc');
    const b = nodes[1]!.network.connect('doc');
    const otherDoc = nodes[1]!.network.connect('other');
    await until(networks, () => true);
    a.doc.getText('t').insert(0, 'to be deleted');
    await until(networks, () => text(b) === 'to be deleted');
    const deletion = await nodes[0]!.relay.deleteDocument('doc');
    expect(deletion).toEqual({ wasStored: true, closedSessions: 1 });
    await until(networks, () => b.closedWith !== null && nodes[1]!.relay.stats().rooms === 1, 'B closes its session and drops the room');
    expect(b.closedWith).toEqual({ code: 4410, reason: 'DOCUMENT_DELETED' });
    expect(otherDoc.closedWith).toBeNull();
    expect(await store.load('doc')).toBeNull();
    // A fresh document under the same name starts empty on B, and B is subscribed again.
    const fresh = nodes[1]!.network.connect('doc');
    const freshOnA = nodes[0]!.network.connect('doc');
    await until(networks, () => true);
    expect(text(fresh)).toBe('');
    fresh.doc.getText('t').insert(0, 'new');
    await until(networks, () => text(freshOnA) === 'new', 'the new document crosses relays');
  });

  it('[FO7] what B\'s client wrote just before the deletion does not bring the document back', async () => {
    const clock = createFakeClock();
    const memory = createMemoryDocStore();
    let release: (() => void) | null = null;
    // B's appends wait until released: B's write is in flight when A deletes.
    const slowAppends: DocStore = {
      ...memory,
      append: async (doc, update) => {
        if (release === null) await new Promise<void>((resolve) => (release = resolve));
        return memory.append(doc, update);
      },
    };
    const hub = createLocalFanOutHub();
    const relayA = createRelay({ store: memory, clock, logger: createSilentLogger(), fanOut: hub.connect('A') });
    const relayB = createRelay({ store: slowAppends, clock, logger: createSilentLogger(), fanOut: hub.connect('B') });
    const networks = [createMemoryNetwork(relayA), createMemoryNetwork(relayB)];
    const a = networks[0]!.connect('doc');
    const b = networks[1]!.connect('doc');
    await until(networks, () => true);
    a.doc.getText('t').insert(0, 'stored ');
    await until(networks, () => text(b) === 'stored ');
    b.doc.getText('t').insert(7, 'in flight');
    await until(networks, () => release !== null, 'B\'s append is in flight');
    await relayA.deleteDocument('doc');
    await until(networks, () => b.closedWith !== null, 'B closes its session');
    release!();
    await until(networks, () => relayB.stats().rooms === 0, 'B drops the room');
    expect(await memory.load('doc')).toBeNull();
  });
});
