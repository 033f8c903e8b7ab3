import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivatePostgres, type PrivatePostgres } from '../test/private-postgres';
import { createPostgresDocStore, type PostgresDocStore } from './postgres-doc-store';

/** Polls `check` until true, or fails after `timeoutMs` naming what it waited for. */
async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(20);
  }
}

describe('PostgreSQL crashes and comes back mid-session (private cluster)', () => {
  let server: PrivatePostgres;
  let store: PostgresDocStore;
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    server = await startPrivatePostgres();
    store = await createPostgresDocStore({ connectionString: server.url, connectTimeoutMs: 1_000, onPoolError: (error) => poolErrors.push(error) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await server?.destroy();
  });

  it('appends fail while it is down, the same store recovers by itself, and every acknowledged append is stored', async () => {
    const acked = new Map<number, number>(); // update index → seq
    let failures = 0;
    let isWriting = true;
    let next = 0;
    const appendOne = async (): Promise<void> => {
      const index = next++;
      const update = new Uint8Array(new Uint32Array([index, 0xfeedface]).buffer);
      try {
        acked.set(index, (await store.append(`doc-${index % 2}`, update)).seq);
      } catch {
        failures++;
      }
    };
    // Five appends in flight at a time, like several typists: batches, then a pause.
    const writer = (async () => {
      while (isWriting) {
        await Promise.all([appendOne(), appendOne(), appendOne(), appendOne(), appendOne()]);
        await delay(5);
      }
    })();

    await waitFor(() => acked.size >= 100, '100 acknowledged appends');
    await server.stop('immediate'); // a crash: no shutdown checkpoint, recovery replays the WAL
    await waitFor(() => failures > 0, 'appends to fail');
    await expect(store.ping()).rejects.toThrow();
    const ackedWhileDown = acked.size;
    await server.start();
    await waitFor(() => acked.size >= ackedWhileDown + 100, '100 more acknowledged appends after the restart');
    isWriting = false;
    await writer;

    await expect(store.ping()).resolves.toBeUndefined();
    const stored = new Map<number, number>();
    for (const doc of ['doc-0', 'doc-1']) {
      const loaded = await store.load(doc);
      for (const update of loaded?.updates ?? []) {
        const index = new Uint32Array(update.slice().buffer)[0]!;
        expect(stored.has(index), `update ${index} stored twice`).toBe(false);
        stored.set(index, 1);
      }
    }
    const lost = [...acked.keys()].filter((index) => !stored.has(index));
    expect(lost).toEqual([]);
    expect(failures).toBeGreaterThan(0);
  }, 90_000);

  it('an idle store survives a restart: its dead pooled connections are reported and replaced', async () => {
    // Several idle pooled connections, each of which the shutdown will terminate.
    await Promise.all(Array.from({ length: 4 }, (_, i) => store.append(`idle-${i}`, new Uint8Array([i]))));
    await Promise.all([store.ping(), store.ping(), store.ping(), store.load('idle-0')]);
    const errorsBefore = poolErrors.length;
    await server.stop('fast'); // tells every idle connection "terminating connection" (57P01)
    await waitFor(() => poolErrors.length > errorsBefore, 'the pool to report its terminated connections');
    await server.start();
    await waitFor(() => store.ping().then(() => true, () => false), 'the store to answer again');
    await expect(store.append('idle-0', new Uint8Array([9]))).resolves.toEqual({ seq: 2 });
  }, 60_000);
});
