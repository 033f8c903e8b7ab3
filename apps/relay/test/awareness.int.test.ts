import { afterEach, describe, expect, it } from 'vitest';
import { encodeAwarenessMessage, encodeAwarenessUpdate } from '@tandem/protocol';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

const GHOST_ID = 777_001;
const ghostState = encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: GHOST_ID, clock: 1, stateJson: '{"user":{"name":"Ghost"}}' }]));

describe('awareness over real sockets', () => {
  it('a stalled client (socket open, answering pings, silent) loses its cursor after the timeout, for everyone', async () => {
    relay = await startTestRelay({ relay: { awarenessTimeoutMs: 1_500 } });
    const watcher = relay.provider('ghosts');
    await synced(watcher);
    // ws answers pings by itself: the heartbeat keeps this socket; only awareness can tell.
    const ghost = await relay.rawSocket('/ghosts');
    ghost.send(ghostState);
    await waitFor(() => watcher.awareness.getStates().has(GHOST_ID), 5_000, 'the ghost to appear');
    const seenAt = Date.now();
    await waitFor(() => !watcher.awareness.getStates().has(GHOST_ID), 5_000, 'the ghost to be removed');
    expect(Date.now() - seenAt).toBeGreaterThanOrEqual(1_000);
    expect(ghost.readyState).toBe(ghost.OPEN);
    const newcomer = relay.provider('ghosts');
    await synced(newcomer);
    await waitFor(() => newcomer.awareness.getStates().size >= 2, 5_000, 'the watcher to show up for the newcomer');
    expect(newcomer.awareness.getStates().has(GHOST_ID)).toBe(false);
  });

  it('one 1.4 MB frame claiming 200,000 client IDs registers 4; a newcomer is sent no more', async () => {
    relay = await startTestRelay({ isStock: true });
    const hog = await relay.rawSocket('/crowd');
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ clientId: i + 1, clock: 1, stateJson: '{"a":1}' }));
    const frame = encodeAwarenessMessage(encodeAwarenessUpdate(entries));
    expect(frame.byteLength).toBeGreaterThan(1_400_000);
    hog.send(frame);
    const newcomer = relay.provider('crowd');
    await synced(newcomer);
    await waitFor(() => newcomer.awareness.getStates().size >= 5, 10_000, 'the hog\'s states to reach the newcomer');
    // Its own state plus at most four of the hog's.
    expect(newcomer.awareness.getStates().size).toBe(5);
  });
});
