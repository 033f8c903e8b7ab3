import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRelay } from './testing/fake-relay';
import { WAIT, installFakeBrowser, openSession, status, uninstallFakeBrowser, untilSynced } from './testing/session-harness';

let relay: FakeRelay;

beforeEach(() => {
  installFakeBrowser();
  relay = new FakeRelay();
});

afterEach(uninstallFakeBrowser);

describe('collab session', () => {
  it('says "synced" only once the relay has stored the local changes', async () => {
    const session = openSession(relay);
    await vi.waitFor(() => expect(session.getSnapshot().isReady).toBe(true), WAIT);
    await untilSynced(relay, session);

    session.doc.getText('title').insert(0, 'Plan');
    expect(status(session)).toEqual({ kind: 'syncing', hasUnsyncedChanges: true });
    // Probes keep asking while the relay has not stored it: still not synced, however long.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(status(session)).toEqual({ kind: 'syncing', hasUnsyncedChanges: true });
    await untilSynced(relay, session);
    expect(relay.doc.getText('title').toString()).toBe('Plan');
    session.dispose();
  });

  it('reconnects after a relay restart (1012) and stops for good on a refusal (4403)', async () => {
    const session = openSession(relay);
    await untilSynced(relay, session);

    relay.isDown = true;
    relay.closeAll(1012, 'SERVICE_RESTART');
    expect(status(session)).toMatchObject({ kind: 'reconnecting', attempt: 1, lastCloseCode: 1012 });
    relay.isDown = false;
    await untilSynced(relay, session);
    const socketsBefore = relay.sockets.length;

    relay.closeAll(4403, 'FORBIDDEN');
    expect(status(session)).toEqual({ kind: 'stopped', code: 4403, reason: 'FORBIDDEN', canRetry: true, hasUnsyncedChanges: false });
    // Far longer than any backoff: no new socket appears.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(relay.sockets.length).toBe(socketsBefore);

    session.retry();
    await untilSynced(relay, session);
    session.dispose();
  });

  it('goes offline on the browser\'s offline event without retrying, and reconnects when online', async () => {
    const session = openSession(relay);
    await untilSynced(relay, session);
    const socketsBefore = relay.sockets.length;
    vi.stubGlobal('navigator', { onLine: false });
    window.dispatchEvent(new Event('offline'));
    session.doc.getText('title').insert(0, 'offline edit');
    expect(status(session)).toEqual({ kind: 'offline', hasUnsyncedChanges: true });
    expect(relay.sockets.length).toBe(socketsBefore);

    vi.stubGlobal('navigator', { onLine: true });
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(relay.sockets.length).toBe(socketsBefore + 1), WAIT);
    await untilSynced(relay, session);
    expect(relay.doc.getText('title').toString()).toBe('offline edit');
    session.dispose();
  });
});
