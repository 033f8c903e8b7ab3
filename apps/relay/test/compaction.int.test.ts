import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncStep1, encodeSyncUpdate } from '@tandem/protocol';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';
import { loadSequentialTrace, traceToUpdates } from './trace';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

describe('compaction', () => {
  // The first 80,000 edits of automerge-paper (~160 compactions at the default thresholds):
  // the whole paper (259,778 edits) takes 15 s more here and proves nothing more; the bench
  // replays it whole (big document, typists).
  it('replaying 80,000 edits of automerge-paper one update per edit leaves the store ≤ 2× the encoded final state', async () => {
    const trace = loadSequentialTrace('automerge-paper.json.gz');
    const { updates, doc } = traceToUpdates(trace, 't', 80_000);
    const expectedText = doc.getText('t').toString();
    expect(expectedText.length).toBeGreaterThan(1_000);
    const finalStateBytes = Y.encodeStateAsUpdate(doc).byteLength;

    // A bulk import at full speed: lift the per-connection rate limit that would (rightly) stop it.
    const unlimited = { messagesPerSecond: 1e9, messageBurst: 1e9, bytesPerSecond: 1e12, bytesBurst: 1e12 };
    relay = await startTestRelay({ relay: { rateLimits: unlimited } });
    const socket = await relay.rawSocket('/automerge-paper');
    const startedAt = Date.now();
    for (const update of updates) socket.send(encodeSyncUpdate(update));
    // Frames are handled in order: the answer to this step 1 means every update was received.
    const answered = new Promise((resolve) => socket.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve(null)));
    socket.send(encodeSyncStep1(Uint8Array.of(0)));
    await answered;
    await relay.server.relay.flush();
    socket.close();
    await waitFor(() => relay.server.relay.stats().rooms === 0, 30_000, 'unload');
    const replayMs = Date.now() - startedAt;

    const [summary] = await relay.store.list();
    console.info(`[compaction] ${updates.length} updates replayed in ${replayMs} ms; stored ${summary!.sizeBytes} B vs final state ${finalStateBytes} B (${(summary!.sizeBytes / finalStateBytes).toFixed(2)}×)`);
    expect(summary!.sizeBytes).toBeLessThanOrEqual(2 * finalStateBytes);
    const stored = await relay.store.load('automerge-paper');
    expect(stored!.updates).toHaveLength(1);

    const reader = relay.provider('automerge-paper');
    await synced(reader, 20_000);
    expect(reader.doc.getText('t').toString()).toBe(expectedText);

  }, 180_000);
});
