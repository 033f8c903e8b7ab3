import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import { startTestRelay, synced, tempDir, waitFor, type TestRelay } from './harness';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('two relays on one SQLite file (no fan-out between them)', () => {
  // Relay A compacted through seqs it never loaded and deleted B's rows: 20 of 40 edits lost.
  it('compaction by either relay loses none of the other relay\'s edits', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const path = join(dir.path, 'tandem.db');
    const relays: TestRelay[] = [];
    for (let i = 0; i < 2; i++) {
      const relay = await startTestRelay({ store: createSqliteDocStore({ path }), relay: { compaction: { maxUpdates: 5, maxBytes: 1 << 20 } } });
      cleanups.push(() => relay.stop());
      relays.push(relay);
    }
    const [a, b] = relays.map((relay) => relay.provider('shared'));
    await synced(a!);
    await synced(b!);
    // Alternate so that each relay's compactions cover rows of the other.
    for (let i = 0; i < 20; i++) {
      for (const [who, provider] of [['a', a!], ['b', b!]] as const) {
        const text = provider.doc.getText('t');
        text.insert(text.length, `${who}${i};`);
        const lastSeq = (await relays[0]!.store.load('shared'))?.lastSeq ?? 0;
        await waitFor(async () => ((await relays[0]!.store.load('shared'))?.lastSeq ?? 0) > lastSeq, 5_000, 'the edit to be stored');
      }
    }
    for (const relay of relays) await relay.stop();
    const reopened = createSqliteDocStore({ path });
    cleanups.push(() => reopened.close());
    const doc = new Y.Doc();
    for (const update of (await reopened.load('shared'))!.updates) Y.applyUpdate(doc, update);
    const text = doc.getText('t').toString();
    const missing = Array.from({ length: 20 }, (_, i) => [`a${i};`, `b${i};`]).flat().filter((edit) => !text.includes(edit));
    expect(missing).toEqual([]);
  });
});
