import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
import { closeOf, startTestRelay, synced, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

describe('heartbeat', () => {
  it('terminates a connection that stops answering pings and removes its awareness for everyone', async () => {
    relay = await startTestRelay({ pingIntervalMs: 50, pingTimeoutMs: 300 });
    const watcher = relay.provider('hb');
    const silent = relay.provider('hb');
    await Promise.all([synced(watcher), synced(silent)]);
    silent.awareness.setLocalStateField('user', { name: 'Ghost' });
    await waitFor(() => watcher.awareness.getStates().has(silent.doc.clientID));
    // Stop reading from the socket: pings go unanswered, like a half-open connection.
    silent.shouldConnect = false;
    const rawSocket = (silent.ws as unknown as { _socket: Socket })._socket;
    const closed = closeOf(silent.ws as never);
    rawSocket.pause();
    const pausedAt = Date.now();
    await waitFor(() => !watcher.awareness.getStates().has(silent.doc.clientID), 3_000, 'ghost removal');
    const elapsed = Date.now() - pausedAt;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    rawSocket.resume();
    expect((await closed).code).toBe(1006);
    // The healthy connection was pinged all along and is still there.
    expect(watcher.wsconnected).toBe(true);
  });
});
