import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';
import { loadSequentialTrace, traceToUpdates } from './trace';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

/**
 * Records every close a stock provider sees, so a test can fail at once on one: a close by the
 * relay, or the provider's own watchdog (nothing received for 30 s), which reports `null`.
 */
function closesOf(provider: WebsocketProvider): { code: number; reason: string }[] {
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event: { code: number; reason: string } | null) => {
    closes.push(event ? { code: event.code, reason: event.reason } : { code: 0, reason: 'client watchdog: nothing received for 30 s' });
  });
  return closes;
}

describe('backpressure: a fast writer is slowed, never cut off (default settings)', () => {
  // A real editing session (the first 20,000+ edits of the automerge-paper trace), sent by a
  // stock provider as fast as it can: one update per edit, ≈ 100× the default message rate.
  it('a stock provider sending 20,000 updates as fast as it can converges with another stock client', async () => {
    relay = await startTestRelay({ isStock: true });
    const trace = loadSequentialTrace('automerge-paper.json.gz');
    const { updates, doc: expected } = traceToUpdates(trace, 't', 21_000);
    expect(updates.length).toBeGreaterThanOrEqual(20_000);
    const writer = relay.provider('firehose');
    const reader = relay.provider('firehose');
    const writerCloses = closesOf(writer);
    const readerCloses = closesOf(reader);
    await Promise.all([synced(writer), synced(reader)]);

    // Each applyUpdate is its own transaction: the provider sends one message per edit.
    for (const update of updates) Y.applyUpdate(writer.doc, update);
    const want = expected.getText('t').toString();
    expect(writer.doc.getText('t').toString()).toBe(want);

    await waitFor(
      () => {
        if (writerCloses.length > 0) throw new Error(`writer closed: ${JSON.stringify(writerCloses)}`);
        return reader.doc.getText('t').toString() === want;
      },
      240_000,
      'the reader to converge',
    );
    expect(writerCloses).toEqual([]);
    expect(readerCloses).toEqual([]);
    await relay.server.relay.flush();
    const stored = await relay.store.load('firehose');
    const replica = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(replica, update);
    expect(replica.getText('t').toString()).toBe(want);
  }, 300_000);
});
