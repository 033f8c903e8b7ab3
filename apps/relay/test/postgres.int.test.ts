import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createPostgresDocStore, type PostgresDocStore } from '@tandem/storage-postgres';
import { createTestSchema, startPrivatePostgres, TEST_DATABASE_URL } from '@tandem/storage-postgres/testing';
import { startTestRelay, synced, tempDir, waitFor } from './harness';
import { runRelayCli, startRelayProcess } from './relay-process';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Types `text` at the end of the provider's shared text, one character (one update) at a time. */
function type(provider: WebsocketProvider, text: string): void {
  const shared = provider.doc.getText('t');
  for (const char of text) shared.insert(shared.length, char);
}

const textOf = (provider: WebsocketProvider): string => provider.doc.getText('t').toString();

describe('relay on PostgreSQL', () => {
  it('two stock clients converge, and the document is in PostgreSQL', async () => {
    const schema = createTestSchema();
    cleanups.push(() => schema.drop());
    const open = () => createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
    const relay = await startTestRelay({ store: await open(), relay: { isStoreShared: true } });
    cleanups.push(() => relay.stop());
    const alice = relay.provider('notes');
    const bob = relay.provider('notes');
    await Promise.all([synced(alice), synced(bob)]);
    type(alice, 'hello ');
    await waitFor(() => textOf(bob) === 'hello ', 5_000, 'bob to see alice');
    type(bob, 'world');
    await waitFor(() => textOf(alice) === 'hello world', 5_000, 'alice to see bob');
    await relay.stop();

    const reopened = await open();
    cleanups.push(() => reopened.close());
    const stored = new Y.Doc();
    for (const update of (await reopened.load('notes'))?.updates ?? []) Y.applyUpdate(stored, update);
    expect(stored.getText('t').toString()).toBe('hello world');
  });

  it('two relays on one database, both compacting often: every edit of both is stored once', async () => {
    const schema = createTestSchema();
    cleanups.push(() => schema.drop());
    const open = () => createPostgresDocStore({ connectionString: TEST_DATABASE_URL, schema: schema.name });
    const compactOften = { isStoreShared: true, compaction: { maxUpdates: 7, maxBytes: 1024 * 1024 } };
    const relays = [await startTestRelay({ store: await open(), relay: compactOften }), await startTestRelay({ store: await open(), relay: compactOften })];
    for (const relay of relays) cleanups.push(() => relay.stop());
    const [onA, onB] = relays.map((relay) => relay.provider('shared'));
    await Promise.all([synced(onA!), synced(onB!)]);
    // No fan-out here: each relay only learns the other's rows from the store, when compacting.
    for (let i = 0; i < 60; i++) {
      type(onA!, 'a');
      type(onB!, 'b');
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    }
    const reader = await open();
    cleanups.push(() => reader.close());
    const storedText = async (): Promise<string> => {
      const doc = new Y.Doc();
      for (const update of (await reader.load('shared'))?.updates ?? []) Y.applyUpdate(doc, update);
      return doc.getText('t').toString();
    };
    const count = (text: string, char: string): number => text.split(char).length - 1;
    await waitFor(async () => {
      const text = await storedText();
      return count(text, 'a') === 60 && count(text, 'b') === 60;
    }, 10_000, 'both relays\' edits in the store');
    for (const relay of relays) await relay.stop();
    const [snapshots] = await schema.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM "${schema.name}".tandem_updates WHERE doc = 'shared' AND is_snapshot`,
    );
    expect(snapshots!.n).toBe(1);
    const text = await storedText();
    expect([count(text, 'a'), count(text, 'b'), text.length]).toEqual([60, 60, 120]);
  });

  it('PostgreSQL restarted mid-session: writers get 1013, nobody sees an unstored edit, the relay recovers by itself', async () => {
    const server = await startPrivatePostgres();
    cleanups.push(() => server.destroy());
    const openStore = (): Promise<PostgresDocStore> => createPostgresDocStore({ connectionString: server.url, connectTimeoutMs: 1_000 });
    const relay = await startTestRelay({ store: await openStore(), relay: { isStoreShared: true } });
    cleanups.push(() => relay.stop());
    const typist = relay.provider('doc');
    const observer = relay.provider('doc');
    const typistCloses: number[] = [];
    typist.on('connection-close', (event: { code: number } | null) => void (event && typistCloses.push(event.code)));
    await Promise.all([synced(typist), synced(observer)]);
    const readiness = async (): Promise<number> => (await fetch(`${relay.httpUrl}/readyz`)).status;

    type(typist, 'before ');
    await waitFor(() => textOf(observer) === 'before ', 5_000, 'the observer to see the first edits');

    await server.stop('immediate');
    type(typist, 'during ');
    await waitFor(() => typistCloses.includes(1013), 10_000, 'the typist to be closed with 1013');
    expect(await readiness()).toBe(503);
    // Broadcast only after a durable append: the observer saw none of what could not be stored.
    expect(textOf(observer)).toBe('before ');

    await server.start();
    // The stock client reconnects by itself (1013 is retryable) and re-sends what it typed.
    type(typist, 'after');
    await waitFor(() => textOf(observer) === 'before during after', 20_000, 'the observer to converge after the restart');
    expect(await readiness()).toBe(200);
    expect(textOf(typist)).toBe('before during after');
    await relay.stop();

    const reopened = await openStore();
    cleanups.push(() => reopened.close());
    const stored = new Y.Doc();
    for (const update of (await reopened.load('doc'))?.updates ?? []) Y.applyUpdate(stored, update);
    expect(stored.getText('t').toString()).toBe('before during after');
  }, 90_000);
});

describe('relay process with TANDEM_STORE=postgres', () => {
  it('an unreachable database at start: exit 2 with a clear message that hides the password', async () => {
    const result = await runRelayCli(['--port', '0'], {
      TANDEM_STORE: 'postgres',
      TANDEM_DATABASE_URL: 'postgres://tandem:hunter2-secret@127.0.0.1:1/tandem',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot open the PostgreSQL doc store at postgres:\/\/tandem:\*\*\*@127\.0\.0\.1:1\/tandem: .*ECONNREFUSED/);
    expect(result.stderr + result.stdout).not.toContain('hunter2');
  });

  it('starts on a fresh database, migrates it and stores edits there', async () => {
    const name = `tandem_test_${randomBytes(4).toString('hex')}`;
    const admin = async (sql: string): Promise<void> => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE ${name}`);
    cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const relay = await startRelayProcess({ dataDir: dir.path, env: { TANDEM_STORE: 'postgres', TANDEM_DATABASE_URL: url.toString() } });
    cleanups.push(() => void relay.child.kill('SIGKILL'));
    expect(relay.output()).toContain(`data in PostgreSQL ${url.toString()}`);
    const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}`, 'doc', new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    cleanups.push(() => provider.destroy());
    await synced(provider);
    type(provider, 'in postgres');
    const store = await createPostgresDocStore({ connectionString: url.toString() });
    cleanups.push(() => store.close());
    await waitFor(async () => ((await store.load('doc'))?.logCount ?? 0) >= 'in postgres'.length, 5_000, 'the edits in PostgreSQL');
  }, 60_000);
});
