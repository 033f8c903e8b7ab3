import { docStoreContract } from '@tandem/test-kit';
import type { StoredDoc } from '@tandem/relay-core';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../test/test-database';
import { createPostgresDocStore, type PostgresDocStore, type PostgresDocStoreOptions } from './postgres-doc-store';

docStoreContract('PostgresDocStore', async () => {
  const schema = createTestSchema();
  const open = () => createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
  let current = await open();
  return {
    store: current,
    reopen: async () => {
      await current.close();
      current = await open();
      return current;
    },
    cleanup: async () => {
      await current.close();
      await schema.drop();
    },
  };
});

describe('PostgresDocStore', () => {
  let schema: TestSchema;
  const opened: PostgresDocStore[] = [];
  const open = async (options: Partial<PostgresDocStoreOptions> = {}): Promise<PostgresDocStore> => {
    const store = await createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: schema.name, ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    schema = createTestSchema();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await schema.drop();
  });

  it('an append is committed when it resolves: another connection sees the row', async () => {
    const store = await open();
    const [update] = typeText('a').updates;
    const { seq } = await store.append('doc', update!);
    const rows = await schema.query<{ seq: number }>(`SELECT seq::integer FROM "${schema.name}".tandem_updates WHERE doc = 'doc'`);
    expect(rows).toEqual([{ seq }]);
  });

  it('a load issued right after an append (not awaited) sees it', async () => {
    const store = await open();
    const { updates, text } = typeText('ryw');
    for (const update of updates) void store.append('doc', update);
    expect(textOf(await store.load('doc'))).toBe(text);
  });

  it('group commit: a burst of appends takes far fewer transactions than appends', async () => {
    const store = await open();
    const { updates } = typeText('g'.repeat(300));
    await Promise.all(updates.map((update, i) => store.append(`doc-${i % 3}`, update)));
    expect(await transactionsThatInserted(schema)).toBeLessThan(30);
    for (const name of ['doc-0', 'doc-1', 'doc-2']) expect((await store.load(name))?.logCount).toBe(100);
  });

  it('two store instances on one database: compaction by one never deletes rows appended by the other', async () => {
    const relayA = await open();
    const relayB = await open();
    const alice = typeText('hello');
    for (const update of alice.updates) await relayA.append('doc', update);
    const loaded = await relayA.load('doc');
    const snapshot = Y.mergeUpdates([...loaded!.updates]);
    // Relay B's client, synced with alice, types while relay A computes its snapshot.
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice.doc));
    const bobUpdates = recordUpdates(bob, () => bob.getText('t').insert(5, ' world'));
    for (const update of bobUpdates) await relayB.append('doc', update);
    await relayA.compact('doc', snapshot, loaded!.lastSeq);
    for (const store of [relayA, relayB]) {
      const stored = await store.load('doc');
      expect(stored?.logCount).toBe(bobUpdates.length);
      expect(textOf(stored)).toBe('hello world');
    }
  });

  it('two relays appending to one doc at once: every update lands once, seqs unique and in call order per relay', async () => {
    const relayA = await open();
    const relayB = await open();
    const a = typeText('a'.repeat(150));
    const b = typeText('b'.repeat(150));
    const [seqsA, seqsB] = await Promise.all([
      Promise.all(a.updates.map((update) => relayA.append('doc', update))),
      Promise.all(b.updates.map((update) => relayB.append('doc', update))),
    ]);
    const all = [...seqsA, ...seqsB].map((result) => result.seq);
    expect(new Set(all).size).toBe(300);
    expectIncreasing(seqsA.map((result) => result.seq));
    expectIncreasing(seqsB.map((result) => result.seq));
    const stored = await relayA.load('doc');
    expect(stored?.logCount).toBe(300);
    expect(stored?.lastSeq).toBe(300);
    const text = textOf(stored);
    expect(text.replaceAll('b', '')).toBe(a.text);
    expect(text.replaceAll('a', '')).toBe(b.text);
  });

  it('two relays group-committing the same documents in opposite orders never deadlock', async () => {
    const relays = [await open(), await open()];
    const docs = Array.from({ length: 8 }, (_, i) => `doc-${i}`);
    const update = new Uint8Array([0, 0]);
    for (const doc of docs) await relays[0]!.append(doc, update);
    // A third session holds doc-3's row, so both batches stall midway with part of their locks
    // taken: in call order, relay 0 would then hold doc-0..2 and relay 1 doc-7..4.
    const blocker = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM "${schema.name}".tandem_docs WHERE name = 'doc-3' FOR UPDATE`);
    const batches = Promise.all([
      Promise.all(docs.map((doc) => relays[0]!.append(doc, update))),
      Promise.all([...docs].reverse().map((doc) => relays[1]!.append(doc, update))),
    ]);
    // A fresh connection per look: inside the blocker's transaction pg_stat_activity stays the
    // snapshot of its first read.
    const waitingOnLocks = async (): Promise<number> =>
      (await schema.query<{ n: number }>(`SELECT count(*)::integer AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`, [`%reserved AS%"${schema.name}".tandem_docs%`]))[0]!.n;
    try {
      await vi.waitFor(async () => expect(await waitingOnLocks()).toBe(2), { timeout: 10_000, interval: 20 });
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    await batches;
    for (const doc of docs) expect((await relays[0]!.load(doc))?.logCount).toBe(3);
  });

  it('two relays compacting one doc at once, while both append, lose and duplicate nothing', async () => {
    const relays = [await open(), await open()];
    const typists = [typeText('x'.repeat(120)), typeText('y'.repeat(120))];
    const compactions: Promise<void>[] = [];
    // Each relay compacts the way the core does with a shared store: load, merge, compact.
    const compactFrom = async (store: PostgresDocStore): Promise<void> => {
      const stored = await store.load('doc');
      if (stored) await store.compact('doc', Y.mergeUpdates([...stored.updates]), stored.lastSeq);
    };
    await Promise.all(
      relays.map(async (store, r) => {
        for (const [i, update] of typists[r]!.updates.entries()) {
          await store.append('doc', update);
          if (i % 10 === 9) compactions.push(compactFrom(relays[0]!), compactFrom(relays[1]!));
        }
      }),
    );
    await Promise.all(compactions);
    const stored = await relays[0]!.load('doc');
    const text = textOf(stored);
    expect(text.replaceAll('y', '')).toBe(typists[0]!.text);
    expect(text.replaceAll('x', '')).toBe(typists[1]!.text);
    // Exactly one snapshot, and counters that match the rows really there.
    const [rows] = await schema.query<{ snapshots: number; log_count: number; log_bytes: number; total_bytes: number }>(
      `SELECT count(*) FILTER (WHERE is_snapshot)::integer AS snapshots,
              count(*) FILTER (WHERE NOT is_snapshot)::integer AS log_count,
              coalesce(sum(octet_length(data)) FILTER (WHERE NOT is_snapshot), 0)::integer AS log_bytes,
              sum(octet_length(data))::integer AS total_bytes
       FROM "${schema.name}".tandem_updates WHERE doc = 'doc'`,
    );
    expect(rows!.snapshots).toBe(1);
    expect(stored?.logCount).toBe(rows!.log_count);
    expect(stored?.logBytes).toBe(rows!.log_bytes);
    expect((await relays[0]!.list())[0]?.sizeBytes).toBe(rows!.total_bytes);
  });

  it('a version saved while another relay removes its document is refused with null, never left behind', async () => {
    const [saver, remover] = [await open(), await open()];
    const { updates, doc } = typeText('doomed');
    await saver.append('doc', updates[0]!);
    // The removal has deleted the document's row but not committed: the insert's EXISTS still
    // sees the row, and its foreign key check must wait for the removal, then fail.
    const blocker = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`DELETE FROM "${schema.name}".tandem_docs WHERE name = 'doc'`);
    const saving = saver.saveVersion('doc', { kind: 'auto', name: null, createdAt: 1, authors: [], snapshot: Y.encodeStateAsUpdate(doc) });
    // Asked on fresh connections: inside the blocker's transaction pg_stat_activity would be
    // the snapshot of its first read, and never show the insert starting to wait.
    const waitingOnLocks = async (): Promise<number> =>
      (await schema.query<{ n: number }>(`SELECT count(*)::integer AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`, [`%"${schema.name}".tandem_versions%`]))[0]!.n;
    try {
      await vi.waitFor(async () => expect(await waitingOnLocks()).toBe(1), { timeout: 10_000, interval: 20 });
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    expect(await saving).toBeNull();
    expect(await remover.listVersions('doc')).toEqual([]);
    expect(await schema.query(`SELECT id FROM "${schema.name}".tandem_versions`)).toEqual([]);
  });

  it('refuses a doc name PostgreSQL text cannot hold, without failing the other appends', async () => {
    const store = await open();
    const [update] = typeText('n').updates;
    const bad = store.append('nul\u0000name', update!);
    const good = store.append('doc', update!);
    await expect(bad).rejects.toThrow(/NUL/);
    await expect(good).resolves.toEqual({ seq: 1 });
  });

  it('refuses a schema name that would need quoting', async () => {
    await expect(createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: 'Bad"; DROP' })).rejects.toThrow(/lower-case identifier/);
  });
});

/** Distinct transactions that wrote the stored rows (their xmin). */
async function transactionsThatInserted(schema: TestSchema): Promise<number> {
  const rows = await schema.query<{ transactions: number }>(
    `SELECT count(DISTINCT xmin::text)::integer AS transactions FROM "${schema.name}".tandem_updates`,
  );
  return rows[0]?.transactions ?? 0;
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

function expectIncreasing(values: readonly number[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
}
