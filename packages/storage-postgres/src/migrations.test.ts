import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../test/test-database';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { createPostgresDocStore, type PostgresDocStore } from './postgres-doc-store';

describe('schema migrations', () => {
  let schema: TestSchema;
  const opened: PostgresDocStore[] = [];
  const open = async (): Promise<PostgresDocStore> => {
    const store = await createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
    opened.push(store);
    return store;
  };
  const versions = () =>
    schema.query<{ version: number }>(`SELECT version FROM "${schema.name}".tandem_migrations ORDER BY version`);

  beforeEach(() => {
    schema = createTestSchema();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await schema.drop();
  });

  it('creates the schema and records every migration once, at the current version', async () => {
    await open();
    expect(await versions()).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
    expect((await versions()).at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  it('is idempotent: opening again applies nothing and keeps the data', async () => {
    const first = await open();
    await first.append('doc', new Uint8Array([0, 0]));
    await first.close();
    const second = await open();
    expect(await versions()).toHaveLength(MIGRATIONS.length);
    expect((await second.load('doc'))?.logCount).toBe(1);
  });

  it('five relays starting at once on an empty schema all open it, each migration applied once', async () => {
    const stores = await Promise.all(Array.from({ length: 5 }, () => open()));
    expect(stores).toHaveLength(5);
    expect(await versions()).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
    await Promise.all(stores.map((store, i) => store.append('doc', new Uint8Array([0, i]))));
    expect((await stores[0]!.load('doc'))?.logCount).toBe(5);
  });

  it('migrates a schema at version 1 (no versions) keeping its documents, which can then get versions', async () => {
    const quoted = `"${schema.name}"`;
    await schema.query(`CREATE SCHEMA ${quoted}`);
    await schema.query(`CREATE TABLE ${quoted}.tandem_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    await schema.query(MIGRATIONS[0]!.sql(quoted));
    await schema.query(`INSERT INTO ${quoted}.tandem_migrations (version, description) VALUES (1, 'v1')`);
    await schema.query(`INSERT INTO ${quoted}.tandem_docs (name, last_seq, log_count, log_bytes, size_bytes, updated_at) VALUES ('old', 1, 1, 2, 2, 5)`);
    await schema.query(`INSERT INTO ${quoted}.tandem_updates (doc, seq, data) VALUES ('old', 1, '\\x0000')`);
    const store = await open();
    expect((await versions()).map((row) => row.version)).toEqual([1, 2]);
    expect((await store.load('old'))?.updates.map((update) => [...update])).toEqual([[0, 0]]);
    const saved = await store.saveVersion('old', { kind: 'named', name: 'first', createdAt: 1, authors: [], snapshot: Uint8Array.of(0, 0) });
    expect(await store.listVersions('old')).toEqual([saved]);
  });

  it('refuses a schema a newer relay migrated, naming both versions', async () => {
    await (await open()).close();
    await schema.query(`INSERT INTO "${schema.name}".tandem_migrations (version, description) VALUES (999, 'from the future')`);
    await expect(open()).rejects.toThrow(`is at version 999, newer than this relay's ${SCHEMA_VERSION}`);
  });
});

describe('opening errors', () => {
  it('an unreachable server: the message names the URL without its password', async () => {
    const error = await createPostgresDocStore({
      connectionString: 'postgres://tandem:hunter2-secret@127.0.0.1:1/tandem',
      connectTimeoutMs: 2_000,
    }).then(
      () => new Error('opened'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).toMatch(/^cannot open the PostgreSQL doc store at postgres:\/\/tandem:\*\*\*@127\.0\.0\.1:1\/tandem: .*ECONNREFUSED/);
    expect(error.message).not.toContain('hunter2');
  });

  it('a database that does not exist', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/tandem_no_such_database';
    await expect(createPostgresDocStore({ connectionString: url.toString() })).rejects.toThrow(
      /cannot open the PostgreSQL doc store at .*tandem_no_such_database: database "tandem_no_such_database" does not exist/,
    );
  });
});
