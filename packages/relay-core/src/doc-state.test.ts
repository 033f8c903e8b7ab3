import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

// Count the bytes every full-state operation reads: the probe test below asserts that answering
// "do you have my edits?" does not re-read the whole document each time.
const work = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('yjs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('yjs')>();
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => R, bytesOf: (...args: A) => number) =>
    (...args: A): R => {
      work.bytes += bytesOf(...args);
      return fn(...args);
    };
  return {
    ...actual,
    mergeUpdates: counted(actual.mergeUpdates, (updates: Uint8Array[]) => updates.reduce((sum, u) => sum + u.byteLength, 0)),
    diffUpdate: counted(actual.diffUpdate, (update: Uint8Array) => update.byteLength),
    encodeStateVectorFromUpdate: counted(actual.encodeStateVectorFromUpdate, (update: Uint8Array) => update.byteLength),
    parseUpdateMeta: counted(actual.parseUpdateMeta, (update: Uint8Array) => update.byteLength),
  };
});

const { createDocState } = await import('./doc-state');

/** A tiny deterministic PRNG, so a failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function replica(clientID: number): { doc: Y.Doc; text: Y.Text; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, text: doc.getText('t'), updates };
}

function edit(text: Y.Text, random: () => number): void {
  const length = text.length;
  if (length > 5 && random() < 0.3) text.delete(Math.floor(random() * (length - 3)), 1 + Math.floor(random() * 3));
  else text.insert(Math.floor(random() * (length + 1)), 'abcdefgh'.slice(0, 1 + Math.floor(random() * 8)));
}

/** Applies `update` to a copy of `doc`'s state; returns the copy's state and text. */
function applied(doc: Y.Doc, update: Uint8Array): { state: Uint8Array; text: string } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  return { state: Y.encodeStateAsUpdate(copy), text: copy.getText('t').toString() };
}

describe('DocState', () => {
  it.each([
    ['default levels', undefined, false],
    ['tiny levels (every merge path)', { maxRecentChunks: 3, minMiddleBytes: 300 }, false],
    ['updates out of order (holes)', { maxRecentChunks: 3, minMiddleBytes: 300 }, true],
  ])('answers every state vector like a diff of the whole merged state, and keeps the state vector Yjs would compute (%s)', (_, tuning, isOutOfOrder) => {
    const random = rng(7);
    const heldBack: Uint8Array[] = [];
    const deliver = (update: Uint8Array): void => {
      all.push(update);
      state.add(update);
    };
    const writers = [replica(1), replica(2), replica(3)];
    const all: Uint8Array[] = [];
    const state = createDocState([], tuning);
    for (let step = 0; step < 300; step++) {
      const writer = writers[Math.floor(random() * writers.length)]!;
      // Writers see each other's updates now and then, so edits interleave and delete each other's text.
      if (random() < 0.3) for (const update of all) Y.applyUpdate(writer.doc, update);
      writer.updates.length = 0;
      edit(writer.text, random);
      for (const update of writer.updates) {
        // Out of order: some updates reach the relay a few steps late, after later ones.
        if (isOutOfOrder && random() < 0.2) heldBack.push(update);
        else deliver(update);
      }
      if (heldBack.length > 0 && random() < 0.3) deliver(heldBack.shift()!);
      if (step % 50 === 49) state.compact();
      if (step % 7 !== 0) continue;
      const merged = Y.mergeUpdates(all);
      expect(state.encodeStateVector()).toEqual(Y.encodeStateVectorFromUpdate(merged));
      // A probe: a writer's state vector wound back for its own client, as @tandem/client sends it.
      const prober = writers[Math.floor(random() * writers.length)]!;
      const vector = Y.decodeStateVector(Y.encodeStateVector(prober.doc));
      vector.set(prober.doc.clientID, Math.floor((vector.get(prober.doc.clientID) ?? 0) * random()));
      const stateVector = Y.encodeStateVector(vector);
      const answer = state.encodeDiff(stateVector);
      const expected = Y.diffUpdate(merged, stateVector);
      // Same structs from the same clocks on, and the whole delete set.
      expect(Y.parseUpdateMeta(answer)).toEqual(Y.parseUpdateMeta(expected));
      expect(Y.equalDeleteSets(Y.decodeUpdate(answer).ds, Y.decodeUpdate(expected).ds)).toBe(true);
      expect(applied(prober.doc, answer)).toEqual(applied(prober.doc, expected));
    }
    for (const update of heldBack.splice(0)) deliver(update);
    expect(state.encodeStateVector()).toEqual(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(all)));
    const reference = new Y.Doc();
    for (const update of all) Y.applyUpdate(reference, update);
    expect(applied(new Y.Doc(), state.encodeState())).toEqual(applied(new Y.Doc(), Y.encodeStateAsUpdate(reference)));
    expect(state.encodeDiff(Uint8Array.of(0))).toEqual(state.encodeState());
  }, 60_000);

  it('reports a hole in the state vector as Yjs does until the missing update arrives', () => {
    const writer = replica(5);
    for (let i = 0; i < 3; i++) writer.text.insert(0, `part ${i} `);
    const [first, second, third] = writer.updates as [Uint8Array, Uint8Array, Uint8Array];
    const state = createDocState([first]);
    state.add(third); // arrives before `second`: structs waiting for a missing one
    expect(state.encodeStateVector()).toEqual(Y.encodeStateVectorFromUpdate(Y.mergeUpdates([first, third])));
    state.add(second);
    expect(state.encodeStateVector()).toEqual(Y.encodeStateVector(writer.doc));
    expect(applied(new Y.Doc(), state.encodeState()).text).toBe(writer.text.toString());
  });

  it('keeps the state vector through compaction and loading', () => {
    const writer = replica(9);
    for (let i = 0; i < 50; i++) writer.text.insert(i, 'x');
    writer.text.delete(3, 10);
    const state = createDocState(writer.updates);
    expect(state.encodeStateVector()).toEqual(Y.encodeStateVector(writer.doc));
    state.compact();
    expect(state.encodeStateVector()).toEqual(Y.encodeStateVector(writer.doc));
    expect(applied(new Y.Doc(), state.encodeState()).text).toBe(writer.text.toString());
  });

  it('answers a typist\'s "Saved" probes without re-reading the whole document each time', () => {
    // A big document by one author, loaded as one snapshot (as after compaction).
    const author = replica(1);
    const random = rng(3);
    for (let i = 0; i < 4_000; i++) edit(author.text, random);
    const snapshot = Y.encodeStateAsUpdate(author.doc);
    const state = createDocState([snapshot]);
    state.encodeStateVector(); // the greeting every new connection gets

    const typist = replica(2);
    Y.applyUpdate(typist.doc, snapshot);
    let confirmed = 0;
    work.bytes = 0;
    const probes = 100;
    for (let i = 0; i < probes; i++) {
      typist.updates.length = 0;
      typist.text.insert(Math.floor(random() * typist.text.length), 'k');
      for (const update of typist.updates) state.add(update);
      const vector = Y.decodeStateVector(Y.encodeStateVector(typist.doc));
      vector.set(2, confirmed);
      const answer = state.encodeDiff(Y.encodeStateVector(vector));
      // The answer carries exactly the keystroke not yet confirmed (checking it is not counted).
      const counted = work.bytes;
      const meta = Y.parseUpdateMeta(answer);
      expect([meta.from.get(2), meta.to.get(2)]).toEqual([confirmed, i + 1]);
      work.bytes = counted;
      confirmed = i + 1;
    }
    // Before: a full merge and a full diff per probe, ~2 × snapshot bytes each (~200× in all).
    expect(work.bytes / snapshot.byteLength).toBeLessThan(5);
  });
});
