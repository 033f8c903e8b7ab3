import { describe, expect, it } from 'vitest';
import { createFakeClock, createMemoryNetwork, createSilentLogger, type MemoryClient } from '@tandem/test-kit';
import { decodeAwarenessUpdate, decodeMessage, encodeAwarenessMessage, encodeAwarenessUpdate, encodeQueryAwareness, type AwarenessEntry } from '@tandem/protocol';
import { createRelay, defaultRelayOptions, type RelayOptions } from './relay';
import { createMemoryDocStore } from './memory/memory-doc-store';
import type { Authorizer } from './ports';

/** Any token writes as the user it names; no token writes anonymously. */
const authorizer: Authorizer = {
  async authorize({ credentials }) {
    return { ok: true, access: 'write', user: credentials.token ? { id: credentials.token } : null, expiresAt: null };
  },
};

function setup(options: Partial<RelayOptions> = {}) {
  const clock = createFakeClock(1_000_000);
  const relay = createRelay({ store: createMemoryDocStore(), clock, logger: createSilentLogger(), authorizer }, { ...defaultRelayOptions, ...options });
  return { clock, relay, network: createMemoryNetwork(relay) };
}

/** Records the awareness entries the relay sends to `client`. */
function awarenessSeenBy(client: MemoryClient): AwarenessEntry[] {
  const seen: AwarenessEntry[] = [];
  const push = client.inbox.push.bind(client.inbox);
  client.inbox.push = (...frames) => {
    for (const frame of frames) {
      const decoded = decodeMessage(frame);
      if (decoded.ok && decoded.message.kind === 'awareness') seen.push(...decodeAwarenessUpdate(decoded.message.update));
    }
    return push(...frames);
  };
  return seen;
}

/** Client IDs whose states `client` knows, other than its own. */
const othersSeenBy = (client: MemoryClient): number[] => [...client.awareness.getStates().keys()].filter((id) => id !== client.doc.clientID).sort();

const state = (clientId: number, clock: number, json: string | null) =>
  encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId, clock, stateJson: json === null ? 'null' : json }]));

describe('awareness: a lone client hears its own renewals', () => {
  it('echoes an awareness update to its sender too, as the reference server does', async () => {
    const { network } = setup();
    const alone = network.connect('doc');
    await network.deliverAll();
    const seen = awarenessSeenBy(alone);
    alone.awareness.setLocalState({ user: { name: 'Ada' } });
    await network.deliverAll();
    expect(seen.map((e) => e.clientId)).toEqual([alone.doc.clientID]);
  });
});

describe('awareness: timeout (no ghost cursors)', () => {
  it('drops a state not renewed for 30 s, tells the others, and never sends it to newcomers', async () => {
    const { network, clock } = setup();
    const frozen = network.connect('doc');
    const watcher = network.connect('doc');
    await network.deliverAll();
    frozen.awareness.setLocalState({ user: { name: 'Frozen' } });
    await network.deliverAll();
    expect(watcher.awareness.getStates().has(frozen.doc.clientID)).toBe(true);
    // The laptop lid closes: the socket stays open, nothing more is sent.
    frozen.session.receive = () => undefined;
    clock.advance(29_000);
    await network.deliverAll();
    expect(watcher.awareness.getStates().has(frozen.doc.clientID)).toBe(true);
    const early = network.connect('doc');
    await network.deliverAll();
    expect(early.awareness.getStates().has(frozen.doc.clientID)).toBe(true);
    clock.advance(1_000);
    await network.deliverAll();
    expect(watcher.awareness.getStates().has(frozen.doc.clientID)).toBe(false);
    expect(early.awareness.getStates().has(frozen.doc.clientID)).toBe(false);
    const newcomer = network.connect('doc');
    await network.deliverAll();
    expect(newcomer.awareness.getStates().has(frozen.doc.clientID)).toBe(false);
  });

  it('keeps a state its client renews', async () => {
    const { network, clock } = setup();
    const alive = network.connect('doc');
    const watcher = network.connect('doc');
    await network.deliverAll();
    alive.awareness.setLocalState({ user: { name: 'Alive' } });
    await network.deliverAll();
    for (let i = 0; i < 8; i++) {
      clock.advance(15_000);
      alive.awareness.setLocalState({ user: { name: 'Alive' } }); // what y-protocols does every 15 s
      await network.deliverAll();
    }
    expect(watcher.awareness.getStates().get(alive.doc.clientID)).toEqual({ user: { name: 'Alive' } });
  });
});

describe('awareness: caps (hostile)', () => {
  it('one connection owns at most 4 client IDs, however many one frame claims', async () => {
    const { network } = setup();
    const hog = network.connect('doc');
    const watcher = network.connect('doc');
    await network.deliverAll();
    const entries = Array.from({ length: 5_000 }, (_, i) => ({ clientId: 10_000 + i, clock: 1, stateJson: '{"x":1}' }));
    hog.sendRaw(encodeAwarenessMessage(encodeAwarenessUpdate(entries)));
    await network.deliverAll();
    expect(othersSeenBy(watcher)).toHaveLength(4);
    const newcomer = network.connect('doc');
    await network.deliverAll();
    expect(othersSeenBy(newcomer)).toHaveLength(4);
  });

  it('caps the total awareness bytes of a document', async () => {
    const { network } = setup({ maxAwarenessDocBytes: 10_000, maxAwarenessStateBytes: 4_000 });
    const watcher = network.connect('doc');
    const clients = Array.from({ length: 6 }, () => network.connect('doc'));
    await network.deliverAll();
    clients.forEach((c, i) => c.sendRaw(state(500 + i, 1, JSON.stringify({ pad: 'p'.repeat(3_000) }))));
    await network.deliverAll();
    expect(othersSeenBy(watcher)).toHaveLength(3);
    // A small state still fits, and a client that leaves makes room.
    clients[5]!.sendRaw(state(505, 2, '{"small":true}'));
    clients[0]!.disconnect();
    clients[4]!.sendRaw(state(504, 2, JSON.stringify({ pad: 'q'.repeat(3_000) })));
    await network.deliverAll();
    expect(othersSeenBy(watcher)).toEqual([501, 502, 504, 505]);
  });
});

describe('awareness: client-ID ownership (presence squatting)', () => {
  it('a cleared ID stays its session\'s: nobody else can claim it until that session ends', async () => {
    const { network } = setup();
    const victim = network.connect('doc');
    const squatter = network.connect('doc');
    const watcher = network.connect('doc');
    await network.deliverAll();
    victim.sendRaw(state(42, 1, '{"user":{"name":"Victim"}}'));
    victim.sendRaw(state(42, 2, null)); // e.g. the app hides its cursor for a moment
    await network.deliverAll();
    squatter.sendRaw(state(42, 3, '{"user":{"name":"Squatter"}}'));
    await network.deliverAll();
    expect(watcher.awareness.getStates().has(42)).toBe(false);
    victim.sendRaw(state(42, 4, '{"user":{"name":"Victim"}}'));
    await network.deliverAll();
    expect(watcher.awareness.getStates().get(42)).toEqual({ user: { name: 'Victim' } });
    victim.disconnect();
    squatter.sendRaw(state(42, 10, '{"user":{"name":"Squatter"}}'));
    await network.deliverAll();
    expect(watcher.awareness.getStates().get(42)).toEqual({ user: { name: 'Squatter' } });
  });

  it('reconnect race: the same user\'s new connection takes its ID over at once, a squatter never', async () => {
    const { network } = setup();
    const ada = network.connect('doc', { token: 'ada' });
    const mallory = network.connect('doc', { token: 'mallory' });
    const watcher = network.connect('doc', { token: 'watcher' });
    await network.deliverAll();
    ada.sendRaw(state(7, 5, '{"cursor":1}'));
    await network.deliverAll();
    // Ada's network flips: the relay still holds her old (half-open) socket when she is back.
    const adaAgain = network.connect('doc', { token: 'ada' });
    mallory.sendRaw(state(7, 6, '{"cursor":"mallory"}'));
    adaAgain.sendRaw(state(7, 5, '{"cursor":2}')); // y-websocket re-sends its state, same clock
    await network.deliverAll();
    expect(watcher.awareness.getStates().get(7)).toMatchObject({ cursor: 1 }); // same clock: no visible change yet
    adaAgain.sendRaw(state(7, 6, '{"cursor":3}'));
    mallory.sendRaw(state(7, 7, '{"cursor":"mallory"}'));
    await network.deliverAll();
    expect(watcher.awareness.getStates().get(7)).toMatchObject({ cursor: 3, user: { id: 'ada' } });
    // The old socket finally closes: Ada's ID is not released with it.
    ada.disconnect();
    mallory.sendRaw(state(7, 20, '{"cursor":"mallory"}'));
    await network.deliverAll();
    expect(watcher.awareness.getStates().get(7)).toMatchObject({ cursor: 3, user: { id: 'ada' } });
  });

  it('query-awareness answers only live, unexpired states', async () => {
    const { network, clock } = setup();
    const a = network.connect('doc');
    const asker = network.connect('doc');
    await network.deliverAll();
    a.sendRaw(state(9, 1, '{"here":true}'));
    await network.deliverAll();
    clock.advance(30_000);
    const seen = awarenessSeenBy(asker);
    asker.sendRaw(encodeQueryAwareness());
    await network.deliverAll();
    expect(seen.filter((e) => e.stateJson !== 'null')).toEqual([]);
  });
});
