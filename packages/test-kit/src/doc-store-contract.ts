import type { DocStore, NewVersion, StoredDoc } from '@tandem/relay-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

/** One isolated store for one contract test, made fresh for every test. */
export interface DocStoreFixture {
  /** An open store with nothing in it (its own file, schema or key prefix). */
  readonly store: DocStore;
  /**
   * Closes the current store and opens a new one on the same data. Adapters that persist
   * provide it; the durability test is skipped without it.
   */
  readonly reopen?: () => Promise<DocStore>;
  /**
   * Opens another store instance on the same data, as a second relay process would (its own
   * connection). Adapters meant to be shared by several relays provide it; the shared-store
   * tests are skipped without it. The fixture's cleanup closes it.
   */
  readonly openAnother?: () => Promise<DocStore>;
  /** Releases everything the fixture made; must tolerate stores the test already closed. */
  cleanup(): Promise<void>;
}

/** Makes a {@link DocStoreFixture}; async so adapters can create a schema or a container. */
export type MakeDocStoreFixture = () => Promise<DocStoreFixture>;

/**
 * The behaviour every {@link DocStore} adapter must have, as a vitest suite. Call it at the top
 * level of an adapter's test file. `updatedAt` is expected to be wall-clock milliseconds
 * (`Date.now()`-like), so give in-memory stores a real clock.
 */
export function docStoreContract(adapterName: string, makeFixture: MakeDocStoreFixture): void {
  describe(`DocStore contract: ${adapterName}`, () => {
    let fixture: DocStoreFixture;
    let store: DocStore;
    beforeEach(async () => {
      fixture = await makeFixture();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    describeLogContract(() => store);
    describeSharedStoreContract(() => fixture, () => store);
    describeCompactionContract(() => store);
    describeCatalogContract(() => store);
    describeVersionContract(() => store);

    it('data survives close and reopen', async (context) => {
      if (!fixture.reopen) context.skip();
      const { updates, text } = typeText('durable');
      for (const update of updates) await store.append('doc', update);
      store = await fixture.reopen!();
      const stored = await store.load('doc');
      expect(stored?.updates.map(toArray)).toEqual(updates.map(toArray));
      expect(textOf(stored)).toBe(text);
    });

    it('versions survive close and reopen', async (context) => {
      if (!fixture.reopen) context.skip();
      const { updates, doc } = typeText('kept');
      for (const update of updates) await store.append('doc', update);
      const saved = await store.saveVersion('doc', versionOf(doc, { kind: 'named', name: 'Draft' }));
      store = await fixture.reopen!();
      expect(await store.listVersions('doc')).toEqual([saved]);
      expect(textOfUpdate((await store.loadVersion('doc', saved!.id))!.snapshot)).toBe('kept');
    });

    it('ping resolves; after close every call rejects and close is idempotent', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      const [update] = typeText('x').updates;
      await store.append('doc', update!);
      await store.close();
      await expect(store.ping()).rejects.toThrow();
      await expect(store.load('doc')).rejects.toThrow();
      await expect(store.append('doc', update!)).rejects.toThrow();
      await expect(store.compact('doc', update!, 1)).rejects.toThrow();
      await expect(store.list()).rejects.toThrow();
      await expect(store.remove('doc')).rejects.toThrow();
      await expect(store.saveVersion('doc', versionOf(new Y.Doc()))).rejects.toThrow();
      await expect(store.listVersions('doc')).rejects.toThrow();
      await expect(store.loadVersion('doc', '1')).rejects.toThrow();
      await expect(store.deleteVersions('doc', ['1'])).rejects.toThrow();
      await expect(store.close()).resolves.toBeUndefined();
    });
  });
}

function describeLogContract(getStore: () => DocStore): void {
  it('load of an unknown doc resolves null', async () => {
    expect(await getStore().load('never-stored')).toBeNull();
  });

  it('append then load returns the same bytes in append order', async () => {
    const store = getStore();
    const { updates, text } = typeText('hello, world');
    const seqs: number[] = [];
    for (const update of updates) seqs.push((await store.append('doc', update)).seq);
    const stored = await store.load('doc');
    expect(stored?.updates.map(toArray)).toEqual(updates.map(toArray));
    expect(stored?.lastSeq).toBe(seqs.at(-1));
    expect(stored?.logCount).toBe(updates.length);
    expect(stored?.logBytes).toBe(sumBytes(updates));
    expect(textOf(stored)).toBe(text);
  });

  it('seq is strictly increasing per document, also across compactions', async () => {
    const store = getStore();
    const { updates } = typeText('abcdef');
    const seqs: number[] = [];
    for (const update of updates.slice(0, 3)) seqs.push((await store.append('doc', update)).seq);
    await store.compact('doc', Y.mergeUpdates(updates.slice(0, 2)), seqs[1]!);
    for (const update of updates.slice(3)) seqs.push((await store.append('doc', update)).seq);
    expectStrictlyIncreasing(seqs);
    expect((await store.load('doc'))?.lastSeq).toBe(seqs.at(-1));
  });

  it('stores a copy of exactly the bytes of the view it was given', async () => {
    const store = getStore();
    const [update] = typeText('z').updates;
    const padded = new Uint8Array(update!.byteLength + 8).fill(0xee);
    padded.set(update!, 4);
    await store.append('doc', padded.subarray(4, 4 + update!.byteLength));
    padded.fill(0);
    const stored = await store.load('doc');
    expect(stored?.updates.map(toArray)).toEqual([toArray(update!)]);
    expect(stored?.logBytes).toBe(update!.byteLength);
  });

  it('200 concurrent appends all land, in the order of the calls', async () => {
    const store = getStore();
    const { updates, text } = typeText('x'.repeat(200));
    const results = await Promise.all(updates.map((update) => store.append('doc', update)));
    expectStrictlyIncreasing(results.map((result) => result.seq));
    const stored = await store.load('doc');
    expect(stored?.updates.map(toArray)).toEqual(updates.map(toArray));
    expect(stored?.logCount).toBe(200);
    expect(textOf(stored)).toBe(text);
  });
}

function describeCompactionContract(getStore: () => DocStore): void {
  it('compaction replaces exactly the rows up to throughSeq and keeps later rows', async () => {
    const store = getStore();
    const { updates, text } = typeText('0123456789');
    const seqs: number[] = [];
    for (const update of updates) seqs.push((await store.append('doc', update)).seq);
    const snapshot = Y.mergeUpdates(updates.slice(0, 6));
    await store.compact('doc', snapshot, seqs[5]!);
    const stored = await store.load('doc');
    expect(stored?.updates.map(toArray)).toEqual([snapshot, ...updates.slice(6)].map(toArray));
    expect(stored?.lastSeq).toBe(seqs.at(-1));
    expect(stored?.logCount).toBe(4);
    expect(stored?.logBytes).toBe(sumBytes(updates.slice(6)));
    expect(textOf(stored)).toBe(text);
  });

  it('compaction keeps rows another relay appended after the snapshot was computed', async () => {
    const store = getStore();
    const alice = typeText('hello');
    for (const update of alice.updates) await store.append('doc', update);
    const loaded = await store.load('doc');
    const snapshot = Y.mergeUpdates([...loaded!.updates]);
    // Meanwhile a client of another relay, synced with alice, appends concurrently.
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice.doc));
    const bobUpdates = recordUpdates(bob, () => bob.getText('t').insert(5, ' world'));
    for (const update of bobUpdates) await store.append('doc', update);
    await store.compact('doc', snapshot, loaded!.lastSeq);
    const stored = await store.load('doc');
    expect(stored?.updates).toHaveLength(1 + bobUpdates.length);
    expect(stored?.logCount).toBe(bobUpdates.length);
    expect(textOf(stored)).toBe('hello world');
  });

  it('a later compaction replaces the earlier snapshot', async () => {
    const store = getStore();
    const { updates, text } = typeText('abcdefgh');
    const seqs: number[] = [];
    for (const update of updates) seqs.push((await store.append('doc', update)).seq);
    await store.compact('doc', Y.mergeUpdates(updates.slice(0, 3)), seqs[2]!);
    const secondSnapshot = Y.mergeUpdates(updates.slice(0, 6));
    await store.compact('doc', secondSnapshot, seqs[5]!);
    const stored = await store.load('doc');
    expect(stored?.updates.map(toArray)).toEqual([secondSnapshot, ...updates.slice(6)].map(toArray));
    expect(stored?.logCount).toBe(2);
    expect(textOf(stored)).toBe(text);
  });

  it('loads racing appends and compactions always see a complete state (atomic compaction)', async () => {
    const store = getStore();
    const { updates, text } = typeText('the quick brown fox jumps over the lazy dog, twice over');
    let ackedCount = 0;
    const writer = (async () => {
      for (const [index, update] of updates.entries()) {
        const { seq } = await store.append('doc', update);
        ackedCount = index + 1;
        if (ackedCount % 10 === 0) await store.compact('doc', Y.mergeUpdates(updates.slice(0, ackedCount)), seq);
      }
    })();
    let isWriting = true;
    void writer.finally(() => (isWriting = false));
    let loads = 0;
    while (isWriting || loads === 0) {
      const ackedBefore = ackedCount;
      const seen = textOf(await store.load('doc'));
      // A half-done compaction would lose the snapshot or the rows it replaced.
      expect(text.startsWith(seen)).toBe(true);
      expect(seen.length).toBeGreaterThanOrEqual(ackedBefore);
      loads++;
    }
    await writer;
    expect(textOf(await store.load('doc'))).toBe(text);
  });

  it('compacting a doc removed meanwhile leaves it absent', async () => {
    const store = getStore();
    const { updates } = typeText('gone');
    let lastSeq = 0;
    for (const update of updates) lastSeq = (await store.append('doc', update)).seq;
    await store.remove('doc');
    await store.compact('doc', Y.mergeUpdates(updates), lastSeq);
    expect(await store.load('doc')).toBeNull();
  });
}

function describeSharedStoreContract(getFixture: () => DocStoreFixture, getStore: () => DocStore): void {
  // Relay A loaded the doc, relay B appended rows A never saw (no fan-out, or fan-out still in
  // flight), A appended its own edit and compacts through its own seq: B's rows are among the
  // rows A's compaction replaces, yet their content must survive.
  it('two store instances on one database: compaction by one never deletes rows appended by the other', async (context) => {
    const fixture = getFixture();
    if (!fixture.openAnother) context.skip();
    const a = getStore();
    const b = await fixture.openAnother!();
    const alice = typeText('hello');
    for (const update of alice.updates) await a.append('doc', update);
    const loadedByA = await a.load('doc');
    const aDoc = new Y.Doc();
    for (const update of loadedByA!.updates) Y.applyUpdate(aDoc, update);

    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice.doc));
    const bobInserts = recordUpdates(bob, () => bob.getText('t').insert(5, ' world'));
    const bobDeletes = recordUpdates(bob, () => bob.getText('t').delete(0, 1)); // a delete-only update
    for (const update of [...bobInserts, ...bobDeletes]) await b.append('doc', update);

    const aEdit = recordUpdates(aDoc, () => aDoc.getText('t').insert(0, '>'));
    let throughSeq = 0;
    for (const update of aEdit) throughSeq = (await a.append('doc', update)).seq;
    await a.compact('doc', Y.encodeStateAsUpdate(aDoc), throughSeq);

    const expected = new Y.Doc();
    for (const update of [...alice.updates, ...bobInserts, ...bobDeletes, ...aEdit]) Y.applyUpdate(expected, update);
    expect(expected.getText('t').toString()).toBe('>ello world');
    for (const store of [a, b]) expect(textOf(await store.load('doc'))).toBe('>ello world');

    // B compacts next with what it knows (its own rows, not A's edit): nothing is lost either.
    const bLoaded = await b.load('doc');
    await b.compact('doc', Y.encodeStateAsUpdate(bob), bLoaded!.lastSeq);
    expect(textOf(await a.load('doc'))).toBe('>ello world');
  });
}

function describeCatalogContract(getStore: () => DocStore): void {
  it('list() reports each doc with its total size and an updatedAt that moves forward', async () => {
    const store = getStore();
    const a = typeText('aaaa');
    const b = typeText('bb');
    const before = Date.now();
    for (const update of a.updates) await store.append('a', update);
    for (const update of b.updates) await store.append('b', update);
    const listed = byName(await store.list());
    expect(Object.keys(listed).sort()).toEqual(['a', 'b']);
    expect(listed.a?.sizeBytes).toBe(sumBytes(a.updates));
    expect(listed.b?.sizeBytes).toBe(sumBytes(b.updates));
    // Milliseconds since the epoch, within a minute of this machine (catches seconds or 0).
    expect(Math.abs(listed.a!.updatedAt - before)).toBeLessThan(60_000);

    const first = listed.a!.updatedAt;
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(first + 1), { timeout: 1_000, interval: 1 });
    const more = recordUpdates(a.doc, () => a.doc.getText('t').insert(0, '!'));
    await store.append('a', more[0]!);
    const afterAppend = byName(await store.list()).a!;
    expect(afterAppend.updatedAt).toBeGreaterThan(first);
    expect(afterAppend.sizeBytes).toBe(sumBytes(a.updates) + more[0]!.byteLength);

    const snapshot = Y.encodeStateAsUpdate(a.doc);
    const { lastSeq } = (await store.load('a'))!;
    await store.compact('a', snapshot, lastSeq);
    const afterCompaction = byName(await store.list()).a!;
    expect(afterCompaction.sizeBytes).toBe(snapshot.byteLength);
    expect(afterCompaction.updatedAt).toBeGreaterThanOrEqual(afterAppend.updatedAt);
  });

  it('remove deletes everything of one doc and reports whether it existed', async () => {
    const store = getStore();
    const { updates } = typeText('bye');
    for (const update of updates) await store.append('doc', update);
    await store.append('other', updates[0]!);
    expect(await store.remove('doc')).toBe(true);
    expect(await store.load('doc')).toBeNull();
    expect((await store.list()).map((entry) => entry.name)).toEqual(['other']);
    expect(await store.remove('doc')).toBe(false);
    expect(await store.remove('never-stored')).toBe(false);
    expect((await store.load('other'))?.updates).toHaveLength(1);
    // A removed name can be used again from scratch.
    await store.append('doc', updates[0]!);
    expect((await store.load('doc'))?.updates.map(toArray)).toEqual([toArray(updates[0]!)]);
  });

  it('documents are isolated, whatever their names', async () => {
    const store = getStore();
    const names = [
      'doc', 'Doc', 'DOC', 'a', 'a/b', 'a\\b', '.', '..', '../a', '/', '%00', '%2e%2e', 'a%2Fb',
      ' ', "'; DROP TABLE docs; --", 'naïve', 'x'.repeat(255),
      '文'.repeat(85), // 255 UTF-8 bytes
      '😀'.repeat(63) + 'abc', // 255 UTF-8 bytes
    ];
    for (const name of names) {
      for (const update of typeText(name).updates) await store.append(name, update);
    }
    for (const name of names) expect(textOf(await store.load(name))).toBe(name);
    expect((await store.list()).map((entry) => entry.name).sort()).toEqual([...names].sort());
    await store.remove('doc');
    expect(await store.load('Doc')).not.toBeNull();
    expect(await store.load('doc')).toBeNull();
  });
}

function describeVersionContract(getStore: () => DocStore): void {
  it('a saved version lists newest first and loads with exactly its bytes and metadata', async () => {
    const store = getStore();
    const { updates, doc } = typeText('v1');
    for (const update of updates) await store.append('doc', update);
    const first = versionOf(doc, { createdAt: 1_000, authors: [{ id: 'u1', name: 'Ada' }, { id: 'u2', name: 'Émile 😀' }] });
    const savedFirst = await store.saveVersion('doc', first);
    expect(savedFirst).toEqual({ id: expect.any(String), kind: 'auto', name: null, createdAt: 1_000, authors: first.authors, sizeBytes: first.snapshot.byteLength });
    const more = recordUpdates(doc, () => doc.getText('t').insert(2, ' and v2'));
    for (const update of more) await store.append('doc', update);
    const second = versionOf(doc, { kind: 'named', name: "Draft sent to legal; DROP TABLE x; --", createdAt: 2_000 });
    const savedSecond = await store.saveVersion('doc', second);
    expect(savedSecond?.id).not.toBe(savedFirst?.id);
    // Same time as the second: save order breaks the tie, newest first.
    const third = await store.saveVersion('doc', versionOf(doc, { createdAt: 2_000 }));
    expect(await store.listVersions('doc')).toEqual([third, savedSecond, savedFirst]);
    const loaded = await store.loadVersion('doc', savedFirst!.id);
    expect({ ...loaded, snapshot: toArray(loaded!.snapshot) }).toEqual({ ...savedFirst, snapshot: toArray(first.snapshot) });
    expect(textOfUpdate((await store.loadVersion('doc', savedSecond!.id))!.snapshot)).toBe('v1 and v2');
  });

  it('stores a copy of the snapshot it was given', async () => {
    const store = getStore();
    const { updates, doc } = typeText('copy');
    await store.append('doc', updates[0]!);
    const version = versionOf(doc);
    const expected = toArray(version.snapshot);
    const saved = await store.saveVersion('doc', version);
    version.snapshot.fill(0);
    expect(toArray((await store.loadVersion('doc', saved!.id))!.snapshot)).toEqual(expected);
  });

  it('a version of a document that is not stored is refused with null and stores nothing', async () => {
    const store = getStore();
    expect(await store.saveVersion('never-stored', versionOf(typeText('x').doc))).toBeNull();
    expect(await store.listVersions('never-stored')).toEqual([]);
    expect(await store.load('never-stored')).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('loadVersion answers null for ids that are not a version of that document, whatever they hold', async () => {
    const store = getStore();
    const a = typeText('a');
    const b = typeText('b');
    await store.append('a', a.updates[0]!);
    await store.append('b', b.updates[0]!);
    const ofA = await store.saveVersion('a', versionOf(a.doc));
    for (const id of ['', 'abc', '-1', '0', '1.5', '1e3', ' 1', '99999999999999999999999', "1' OR '1'='1", String(Number(ofA!.id) + 1000)]) {
      expect(await store.loadVersion('a', id), id).toBeNull();
    }
    expect(await store.loadVersion('b', ofA!.id)).toBeNull();
    expect(await store.listVersions('b')).toEqual([]);
  });

  it('compaction never touches a version: it is a full snapshot, independent of the update log', async () => {
    const store = getStore();
    const { updates, doc } = typeText('before');
    const seqs: number[] = [];
    for (const update of updates) seqs.push((await store.append('doc', update)).seq);
    const saved = await store.saveVersion('doc', versionOf(doc));
    const later = recordUpdates(doc, () => {
      doc.getText('t').delete(0, 6);
      doc.getText('t').insert(0, 'after');
    });
    for (const update of later) seqs.push((await store.append('doc', update)).seq);
    await store.compact('doc', Y.encodeStateAsUpdate(doc), seqs.at(-1)!);
    expect(textOf(await store.load('doc'))).toBe('after');
    expect(textOfUpdate((await store.loadVersion('doc', saved!.id))!.snapshot)).toBe('before');
    expect(await store.listVersions('doc')).toEqual([saved]);
  });

  it('deleteVersions removes exactly the given versions of that document', async () => {
    const store = getStore();
    const { updates, doc } = typeText('d');
    await store.append('doc', updates[0]!);
    await store.append('other', updates[0]!);
    const saved = [];
    for (let i = 0; i < 4; i++) saved.push((await store.saveVersion('doc', versionOf(doc, { createdAt: 1_000 + i })))!);
    const ofOther = await store.saveVersion('other', versionOf(doc));
    expect(await store.deleteVersions('doc', [saved[0]!.id, saved[2]!.id, ofOther!.id, 'nonsense'])).toBe(2);
    expect(await store.listVersions('doc')).toEqual([saved[3], saved[1]]);
    expect(await store.listVersions('other')).toEqual([ofOther]);
    expect(await store.deleteVersions('doc', [])).toBe(0);
    expect(await store.loadVersion('doc', saved[0]!.id)).toBeNull();
  });

  it('remove deletes the versions too; a new document of that name starts without any', async () => {
    const store = getStore();
    const { updates, doc } = typeText('r');
    await store.append('doc', updates[0]!);
    await store.append('other', updates[0]!);
    const saved = await store.saveVersion('doc', versionOf(doc));
    const kept = await store.saveVersion('other', versionOf(doc));
    expect(await store.remove('doc')).toBe(true);
    expect(await store.listVersions('doc')).toEqual([]);
    expect(await store.loadVersion('doc', saved!.id)).toBeNull();
    await store.append('doc', updates[0]!);
    expect(await store.listVersions('doc')).toEqual([]);
    expect(await store.listVersions('other')).toEqual([kept]);
    // Ids are never reused, so an old link cannot open someone else's later version.
    const fresh = await store.saveVersion('doc', versionOf(doc));
    expect(fresh?.id).not.toBe(saved?.id);
  });

  it('versions do not count in the document size of list()', async () => {
    const store = getStore();
    const { updates, doc } = typeText('size');
    for (const update of updates) await store.append('doc', update);
    await store.saveVersion('doc', versionOf(doc));
    expect((await store.list())[0]?.sizeBytes).toBe(sumBytes(updates));
  });
}

/** A version of `doc`'s current state. */
function versionOf(doc: Y.Doc, fields: Partial<NewVersion> = {}): NewVersion & { snapshot: Uint8Array } {
  return { kind: 'auto', name: null, createdAt: Date.now(), authors: [], snapshot: Y.encodeStateAsUpdate(doc), ...fields } as NewVersion & { snapshot: Uint8Array };
}

function textOfUpdate(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

/** Types `text` one character at a time and returns each Yjs V1 update it produced. */
function typeText(text: string): { doc: Y.Doc; updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates = recordUpdates(doc, () => {
    const type = doc.getText('t');
    for (const char of text) type.insert(type.length, char);
  });
  return { doc, updates, text };
}

function recordUpdates(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', onUpdate);
  edit();
  doc.off('update', onUpdate);
  return updates;
}

function textOf(stored: StoredDoc | null | undefined): string {
  const doc = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

/** Plain arrays compare by content whatever the class (Buffer, Uint8Array) an adapter returns. */
function toArray(bytes: Uint8Array): number[] {
  return Array.from(bytes);
}

function sumBytes(updates: readonly Uint8Array[]): number {
  return updates.reduce((sum, update) => sum + update.byteLength, 0);
}

function expectStrictlyIncreasing(values: readonly number[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
}

function byName<T extends { readonly name: string }>(entries: readonly T[]): Record<string, T> {
  return Object.fromEntries(entries.map((entry) => [entry.name, entry]));
}
