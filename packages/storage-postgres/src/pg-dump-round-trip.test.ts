import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestSchema, TEST_DATABASE_URL } from '../test/test-database';
import { createPostgresDocStore, type PostgresDocStore } from './postgres-doc-store';

const run = promisify(execFile);
const hasPgTools = await run('pg_dump', ['--version']).then(() => true, () => false);

/** The text a store holds for `doc`: its rows merged, as the relay would load them. */
async function storedText(store: PostgresDocStore, doc: string): Promise<{ text: string; lastSeq: number }> {
  const stored = await store.load(doc);
  const ydoc = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(ydoc, update);
  return { text: ydoc.getText('t').toString(), lastSeq: stored?.lastSeq ?? 0 };
}

/** A database URL like `base` but for database `name`. */
function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * README "PostgreSQL": `pg_dump -Fc` while relays write, `pg_restore` into an empty database.
 * What comes back must be a consistent cut: per document, a prefix of what was appended that
 * holds at least everything acknowledged before the dump began, with its versions.
 */
describe.skipIf(!hasPgTools)('pg_dump / pg_restore round trip (README "PostgreSQL")', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  it('a dump taken during continuous writes restores into a fresh database as a consistent cut', async () => {
    const schema = createTestSchema();
    cleanups.push(() => schema.drop());
    const store = await createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
    cleanups.push(() => store.close());

    // One writer per document, one character appended at the end per update.
    const docs = ['alpha', 'beta', 'gamma'];
    const replicas = new Map(docs.map((doc) => [doc, new Y.Doc()]));
    const typed = new Map(docs.map((doc) => [doc, '']));
    const acknowledged = new Map(docs.map((doc) => [doc, 0]));
    const typeOne = async (doc: string): Promise<void> => {
      const replica = replicas.get(doc)!;
      const char = String.fromCharCode(97 + (typed.get(doc)!.length % 26));
      let update: Uint8Array | null = null;
      replica.once('update', (u: Uint8Array) => (update = u));
      replica.getText('t').insert(typed.get(doc)!.length, char);
      typed.set(doc, typed.get(doc)! + char);
      await store.append(doc, update!);
      acknowledged.set(doc, acknowledged.get(doc)! + 1);
    };
    for (let i = 0; i < 40; i++) await Promise.all(docs.map(typeOne));
    const { seq } = await store.append('alpha', new Uint8Array([0, 0])); // an empty update: seq only
    await store.compact('alpha', Y.encodeStateAsUpdate(replicas.get('alpha')!), seq);
    await store.saveVersion('beta', { kind: 'named', name: 'before the dump', createdAt: 1_800_000_000_000, authors: [{ id: 'u1', name: 'Ada' }], snapshot: Y.encodeStateAsUpdate(replicas.get('beta')!) });
    const ackedBeforeDump = new Map(acknowledged);

    let isWriting = true;
    const writing = (async () => {
      while (isWriting) await Promise.all(docs.map(typeOne));
    })();
    const dir = await mkdtemp(join(tmpdir(), 'tandem-pgdump-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const dumpFile = join(dir, 'tandem.dump');
    try {
      await run('pg_dump', ['-Fc', '-n', schema.name, '-f', dumpFile, TEST_DATABASE_URL]);
    } finally {
      isWriting = false;
      await writing;
    }

    // The dump really ran under writes.
    for (const doc of docs) expect(typed.get(doc)!.length).toBeGreaterThan(ackedBeforeDump.get(doc)!);

    const restoredDb = `tandem_restore_${process.pid}_${Date.now()}`;
    await schema.query(`CREATE DATABASE "${restoredDb}"`);
    cleanups.push(() => schema.query(`DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`));
    const restoredUrl = databaseUrl(TEST_DATABASE_URL, restoredDb);
    await run('pg_restore', ['--no-owner', '-d', restoredUrl, dumpFile]);

    const restored = await createPostgresDocStore({ connectionString: restoredUrl, schema: schema.name });
    cleanups.push(() => restored.close());
    for (const doc of docs) {
      const { text, lastSeq } = await storedText(restored, doc);
      // A prefix of what was typed (a consistent cut, never a hole) ...
      expect(typed.get(doc)!.startsWith(text)).toBe(true);
      // ... holding everything acknowledged before the dump started.
      expect(text.length).toBeGreaterThanOrEqual(ackedBeforeDump.get(doc)!);
      expect(lastSeq).toBe(text.length + (doc === 'alpha' ? 1 : 0));
    }
    const versions = await restored.listVersions('beta');
    expect(versions.map((v) => [v.kind, v.name, v.authors])).toEqual([['named', 'before the dump', [{ id: 'u1', name: 'Ada' }]]]);
    const version = await restored.loadVersion('beta', versions[0]!.id);
    const fromVersion = new Y.Doc();
    Y.applyUpdate(fromVersion, version!.snapshot);
    expect(fromVersion.getText('t').toString()).toBe(typed.get('beta')!.slice(0, ackedBeforeDump.get('beta')!));

    // The restored store keeps working: seqs go on from where the dump left them.
    const next = await restored.append('gamma', new Uint8Array([0, 0]));
    expect(next.seq).toBe((await storedText(restored, 'gamma')).lastSeq);
  });
});
