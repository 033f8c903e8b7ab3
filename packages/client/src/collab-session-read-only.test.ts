import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRelay, fakeToken } from './testing/fake-relay';
import {
  WAIT,
  installFakeBrowser,
  memoryStorage,
  openSession,
  recordStatuses,
  status,
  uninstallFakeBrowser,
  untilSynced,
  writeBlocks,
} from './testing/session-harness';

let relay: FakeRelay;

beforeEach(() => {
  installFakeBrowser();
  relay = new FakeRelay();
});

afterEach(uninstallFakeBrowser);

describe('read-only sessions', () => {
  it.each([
    ['an empty document', []],
    ['a document with content', ['h:Agenda', 'Item one']],
  ])('[9.7] a viewer of %s never writes and its status settles on "Saved"', async (_, blocks) => {
    writeBlocks(relay.doc, blocks);
    relay.isReadOnly = true;
    const session = openSession(relay, { token: fakeToken('doc', 'viewer') });
    const seen = recordStatuses(session);
    await vi.waitFor(() => expect(status(session).kind).toBe('synced'), WAIT);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(status(session).kind).toBe('synced');
    expect(relay.writes()).toEqual([]);
    expect(seen.filter((s) => 'hasUnsyncedChanges' in s && s.hasUnsyncedChanges)).toEqual([]);
    expect(session.getSnapshot()).toMatchObject({ isReadOnly: true, canEdit: false });
    session.dispose();
  });

  it('[9.7] a downgraded editor: the refused change is dropped from the pending store, never replayed, and the status settles', async () => {
    writeBlocks(relay.doc, ['shared']);
    const storage = memoryStorage();
    const session = openSession(relay, { storage });
    await untilSynced(relay, session);

    relay.isReadOnly = true; // the relay lowered this session's access
    writeBlocks(session.doc, ['typed after the downgrade']);
    await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ isReadOnly: true, canEdit: false }), WAIT);
    await vi.waitFor(() => expect(status(session).kind).toBe('synced'), WAIT);
    expect([...storage.map.keys()].filter((key) => key.startsWith('tandem:pending:'))).toEqual([]);
    const writesBefore = relay.writes().length;
    const contentWritesBefore = relay.contentWrites().length;

    // A reconnect does not send the refused change again.
    relay.closeAll(1012, 'SERVICE_RESTART');
    await vi.waitFor(() => expect(status(session).kind).toBe('synced'), WAIT);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(relay.writes().length).toBe(writesBefore);
    session.dispose();

    // Nor does the next page load.
    const reloaded = openSession(relay, { storage });
    const seen = recordStatuses(reloaded);
    await vi.waitFor(() => expect(status(reloaded).kind).toBe('synced'), WAIT);
    expect(relay.contentWrites().length).toBe(contentWritesBefore);
    expect(seen.filter((s) => 'hasUnsyncedChanges' in s && s.hasUnsyncedChanges)).toEqual([]);
    reloaded.dispose();
  });
});
