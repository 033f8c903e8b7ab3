import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createFakeClock, createMemoryNetwork, createSilentLogger, type MemoryClient } from '@tandem/test-kit';
import { createRelay, defaultRelayOptions, type RelayOptions } from './relay';
import { createMemoryDocStore } from './memory/memory-doc-store';
import type { Authorizer, DocStore, VersionInfo } from './ports';
import { defaultVersionOptions } from './version-recorder';

const MINUTE = 60_000;
/** A start time away from 0, so createdAt values are recognisable. */
const START = Date.UTC(2025, 0, 6, 9);

/** 'ada' writes as Ada (u-ada); no token writes anonymously. */
const authorizer: Authorizer = {
  async authorize({ credentials }) {
    if (credentials.token === 'ada') return { ok: true, access: 'write', user: { id: 'u-ada', name: 'Ada' }, expiresAt: null };
    if (credentials.token === 'bob') return { ok: true, access: 'write', user: { id: 'u-bob' }, expiresAt: null };
    return { ok: true, access: 'write', user: null, expiresAt: null };
  },
};

function setup(options: Partial<RelayOptions> = {}, store: DocStore & { setUnavailable?: (value: boolean) => void } = createMemoryDocStore()) {
  const clock = createFakeClock(START);
  const relay = createRelay({ store, clock, logger: createSilentLogger(), authorizer }, { ...defaultRelayOptions, unloadGraceMs: 60 * MINUTE, ...options });
  const network = createMemoryNetwork(relay);
  return { clock, relay, network, store };
}

/** Connects a client that presents itself as `name` in its presence, as the web app does. */
async function join(network: ReturnType<typeof setup>['network'], name: string | null, token?: string): Promise<MemoryClient> {
  const client = network.connect('doc', token ? { token } : {});
  if (name !== null) client.awareness.setLocalStateField('user', { name, color: '#00ff00' });
  await network.deliverAll();
  return client;
}

function type(client: MemoryClient, text: string): void {
  const field = client.doc.getText('t');
  field.insert(field.length, text);
}

function textOf(snapshot: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  return doc.getText('t').toString();
}

async function versionsOf(store: DocStore, count: number): Promise<VersionInfo[]> {
  let versions: VersionInfo[] = [];
  await vi.waitFor(async () => {
    versions = await store.listVersions('doc');
    expect(versions).toHaveLength(count);
  }, { timeout: 2_000, interval: 5 });
  return versions;
}

/** Lets every pending job (store calls, version jobs) run. */
async function settle(network: ReturnType<typeof setup>['network']): Promise<void> {
  // The memory store and the version jobs only chain promises: draining microtasks runs them all.
  for (let i = 0; i < 5; i++) {
    await network.deliverAll();
    for (let tick = 0; tick < 50; tick++) await Promise.resolve();
  }
}

describe('relay core: automatic versions', () => {
  it('records one version once a burst has been idle for 2 minutes, with the presence names of its authors', async () => {
    const { network, clock, store } = setup();
    const ada = await join(network, 'Ada');
    const bob = await join(network, 'Bob');
    type(ada, 'hello ');
    type(bob, 'world');
    await network.deliverAll();
    clock.advance(2 * MINUTE - 1);
    await settle(network);
    expect(await store.listVersions('doc')).toEqual([]);
    clock.advance(1);
    const [version] = await versionsOf(store, 1);
    expect(version).toMatchObject({ kind: 'auto', name: null, createdAt: START + 2 * MINUTE });
    expect(version!.authors).toEqual([{ id: 'Ada', name: 'Ada' }, { id: 'Bob', name: 'Bob' }]);
    expect(textOf((await store.loadVersion('doc', version!.id))!.snapshot)).toBe(ada.doc.getText('t').toString());
    // Nothing new since: no second version, however long it stays quiet.
    clock.advance(60 * MINUTE);
    await settle(network);
    expect(await store.listVersions('doc')).toHaveLength(1);
  });

  it('an edit within the idle time pushes the version back', async () => {
    const { network, clock, store } = setup();
    const ada = await join(network, 'Ada');
    type(ada, 'a');
    await network.deliverAll();
    clock.advance(MINUTE + 30_000);
    type(ada, 'b');
    await network.deliverAll();
    clock.advance(MINUTE);
    await settle(network);
    expect(await store.listVersions('doc')).toEqual([]);
    clock.advance(MINUTE);
    const [version] = await versionsOf(store, 1);
    expect(version!.createdAt).toBe(START + 3 * MINUTE + 30_000);
  });

  it('during continuous editing records a version every 30 minutes, each with only the authors since the previous one', async () => {
    const { network, clock, store } = setup();
    const ada = await join(network, 'Ada');
    const bob = await join(network, 'Bob');
    for (let second = 0; second < 70 * 60; second += 30) {
      // Bob joins the typing only after the first version.
      type(second < 31 * 60 ? ada : bob, 'x');
      // Stock clients renew their presence every 15 s; the fake clock outruns their real timers.
      for (const client of [ada, bob]) client.awareness.setLocalStateField('user', client.awareness.getLocalState()!.user);
      await network.deliverAll();
      clock.advance(30_000);
      await settle(network);
    }
    const versions = await versionsOf(store, 2);
    expect(versions.map((v) => v.createdAt - START)).toEqual([60 * MINUTE, 30 * MINUTE]);
    expect(versions[1]!.authors.map((a) => a.name)).toEqual(['Ada']);
    expect(versions[0]!.authors.map((a) => a.name)).toEqual(['Ada', 'Bob']);
  });

  it('with auth on, authors are the tokens’ users, whatever name a client claims in its presence', async () => {
    const { network, clock, store } = setup();
    const ada = await join(network, 'Not Ada', 'ada');
    const bob = await join(network, null, 'bob');
    type(ada, 'a');
    type(bob, 'b');
    await network.deliverAll();
    clock.advance(2 * MINUTE);
    const [version] = await versionsOf(store, 1);
    expect(version!.authors).toEqual([{ id: 'u-ada', name: 'Ada' }, { id: 'u-bob', name: 'u-bob' }]);
  });

  it('a client that says who it is only after its edit is still counted as an author', async () => {
    // Idle shorter than the presence timeout: the fake clock outruns the clients' real renewals.
    const { network, clock, store } = setup({ versions: { ...defaultVersionOptions, idleMs: 20_000 } });
    const late = await join(network, null);
    type(late, 'typed first');
    await network.deliverAll();
    late.awareness.setLocalStateField('user', { name: 'Late Lou' });
    await network.deliverAll();
    clock.advance(20_000);
    const [version] = await versionsOf(store, 1);
    expect(version!.authors).toEqual([{ id: 'Late Lou', name: 'Late Lou' }]);
  });

  it('a client that never said who it is makes a version without authors', async () => {
    const { network, clock, store } = setup();
    const nobody = await join(network, null);
    type(nobody, 'anonymous');
    await network.deliverAll();
    clock.advance(2 * MINUTE);
    const [version] = await versionsOf(store, 1);
    expect(version!.authors).toEqual([]);
  });

  it('when the last client leaves, the document is unloaded with a version of its pending edits', async () => {
    const { network, clock, store, relay } = setup({ unloadGraceMs: 5_000 });
    const ada = await join(network, 'Ada');
    type(ada, 'before leaving');
    await network.deliverAll();
    ada.disconnect();
    await network.deliverAll();
    clock.advance(5_000);
    const [version] = await versionsOf(store, 1);
    expect(version!.createdAt).toBe(START + 5_000);
    expect(version!.authors).toEqual([{ id: 'Ada', name: 'Ada' }]);
    await vi.waitFor(() => expect(relay.stats().rooms).toBe(0));
    expect(clock.pendingTimers).toBe(0);
  });

  it('shutdown records the pending edits as a version', async () => {
    const { network, store, relay } = setup();
    const ada = await join(network, 'Ada');
    type(ada, 'then the relay stops');
    await network.deliverAll();
    await relay.shutdown();
    const [version] = await store.listVersions('doc');
    expect(textOf((await store.loadVersion('doc', version!.id))!.snapshot)).toBe('then the relay stops');
  });

  it('a deleted document gets no version of its last edits, and no timer is left', async () => {
    const { network, clock, store, relay } = setup();
    const ada = await join(network, 'Ada');
    type(ada, 'doomed');
    await network.deliverAll();
    await relay.deleteDocument('doc');
    clock.advance(60 * MINUTE);
    await settle(network);
    expect(await store.listVersions('doc')).toEqual([]);
    expect(await store.load('doc')).toBeNull();
  });

  it('idleMs 0 turns automatic versions off (named ones still work)', async () => {
    const { network, clock, store, relay } = setup({ versions: { ...defaultVersionOptions, idleMs: 0 } });
    const ada = await join(network, 'Ada');
    type(ada, 'no automatic versions');
    await network.deliverAll();
    clock.advance(120 * MINUTE);
    await settle(network);
    expect(await store.listVersions('doc')).toEqual([]);
    expect(await relay.saveVersion('doc', 'by hand')).toMatchObject({ kind: 'named', authors: [{ name: 'Ada' }] });
  });

  it('a version the store failed to save is retried, with the same authors', async () => {
    const store = createMemoryDocStore(Date.now);
    let failures = 1;
    const flaky: DocStore = {
      ...store,
      saveVersion: async (doc, version) => {
        if (failures-- > 0) throw new Error('disk full');
        return store.saveVersion(doc, version);
      },
    };
    const { network, clock } = setup({}, flaky);
    const ada = await join(network, 'Ada');
    type(ada, 'eventually');
    await network.deliverAll();
    clock.advance(2 * MINUTE);
    await settle(network);
    expect(await store.listVersions('doc')).toEqual([]);
    clock.advance(2 * MINUTE);
    const [version] = await versionsOf(store, 1);
    expect(version!.authors).toEqual([{ id: 'Ada', name: 'Ada' }]);
  });

  it('thins older automatic versions after recording one (retention)', async () => {
    const versions = { ...defaultVersionOptions, retention: { keepAllMs: 10 * MINUTE, keepHourlyMs: 24 * 60 * MINUTE } };
    const store = createMemoryDocStore();
    let saves = 0;
    const counting: DocStore = { ...store, saveVersion: (doc, version) => (saves++, store.saveVersion(doc, version)) };
    const { network, clock } = setup({ versions }, counting);
    const ada = await join(network, 'Ada');
    // A burst every 5 minutes for 2 hours: 24 versions made, but past 10 minutes only one per clock hour stays.
    for (let burst = 0; burst < 24; burst++) {
      type(ada, 'x');
      ada.awareness.setLocalStateField('user', { name: 'Ada' });
      await network.deliverAll();
      clock.advance(2 * MINUTE);
      await vi.waitFor(() => expect(saves).toBe(burst + 1), { timeout: 2_000, interval: 5 });
      await settle(network);
      clock.advance(3 * MINUTE);
    }
    const left = await store.listVersions('doc');
    const now = clock.now();
    expect(left.filter((v) => now - v.createdAt < 10 * MINUTE)).toHaveLength(2);
    const hours = new Set(left.filter((v) => now - v.createdAt >= 10 * MINUTE).map((v) => Math.floor(v.createdAt / (60 * MINUTE))));
    expect(left.length - 2).toBe(hours.size);
    expect(hours.size).toBeGreaterThanOrEqual(2);
    expect(hours.size).toBeLessThanOrEqual(3);
  });
});

describe('relay core: named versions', () => {
  it('names the current state with the authors since the previous version; the burst it covers gets no automatic version', async () => {
    const { network, clock, store, relay } = setup();
    const ada = await join(network, 'Ada');
    type(ada, 'Draft sent to legal');
    await network.deliverAll();
    const named = await relay.saveVersion('doc', 'Draft sent to legal');
    expect(named).toMatchObject({ kind: 'named', name: 'Draft sent to legal', createdAt: START, authors: [{ id: 'Ada', name: 'Ada' }] });
    expect(textOf((await store.loadVersion('doc', named!.id))!.snapshot)).toBe('Draft sent to legal');
    clock.advance(10 * MINUTE);
    await settle(network);
    expect(await store.listVersions('doc')).toEqual([named]);
  });

  it('works on a document nobody has open (read from the store), and answers null for one never stored', async () => {
    const store = createMemoryDocStore();
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'stored earlier');
    await store.append('doc', Y.encodeStateAsUpdate(seed));
    const { relay } = setup({}, store);
    const named = await relay.saveVersion('doc', 'cold');
    expect(named).toMatchObject({ kind: 'named', name: 'cold', authors: [] });
    expect(textOf((await store.loadVersion('doc', named!.id))!.snapshot)).toBe('stored earlier');
    expect(relay.stats().rooms).toBe(0);
    expect(await relay.saveVersion('never-stored', 'x')).toBeNull();
  });

  it('recordPendingVersion records the unrecorded edits now, and nothing when there are none', async () => {
    const { network, store, relay } = setup();
    const ada = await join(network, 'Ada');
    type(ada, 'before a restore');
    await network.deliverAll();
    await relay.recordPendingVersion('doc');
    expect(await store.listVersions('doc')).toHaveLength(1);
    await relay.recordPendingVersion('doc');
    await relay.recordPendingVersion('not-loaded');
    expect(await store.listVersions('doc')).toHaveLength(1);
  });

  it('server edits count the caller as an author', async () => {
    const { clock, store, relay } = setup({ unloadGraceMs: 1_000 });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'imported');
    await relay.applyServerUpdate('doc', Y.encodeStateAsUpdate(doc), { kind: 'server', action: 'import', userId: 'u-ada', userName: 'Ada' });
    clock.advance(1_000);
    const [version] = await versionsOf(store, 1);
    expect(version!.authors).toEqual([{ id: 'u-ada', name: 'Ada' }]);
  });
});
