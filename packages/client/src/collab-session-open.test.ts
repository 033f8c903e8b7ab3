import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FakeRelay } from './testing/fake-relay';
import {
  WAIT,
  installFakeBrowser,
  openSession,
  readBlocks,
  recordStatuses,
  status,
  uninstallFakeBrowser,
  untilSynced,
  writeBlocks,
} from './testing/session-harness';
import { createMemoryLocalCopies } from './memory-local-copy';

let relay: FakeRelay;

beforeEach(() => {
  installFakeBrowser();
  relay = new FakeRelay();
});

afterEach(uninstallFakeBrowser);

describe('opening a document: never "empty" for "not loaded yet"', () => {
  it.each([
    ['heading-first', ['h:Launch plan', 'We ship in September.']],
    ['paragraph-first', ['We ship in September.', 'Then we learn.']],
  ])('[10.1] a %s document this device never opened waits for the relay, read-only, then shows exactly what is stored', async (_, blocks) => {
    writeBlocks(relay.doc, blocks);
    relay.isDown = true;
    const session = openSession(relay);
    // Far longer than any "give the relay a moment" wait: still not presented as a document.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(status(session).kind).toBe('reconnecting');
    expect(session.getSnapshot()).toMatchObject({ isReady: false, canEdit: false });
    expect(session.doc.getXmlFragment('default').length).toBe(0);

    relay.isDown = false;
    await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ isReady: true, canEdit: true }), WAIT);
    expect(readBlocks(session.doc)).toEqual(blocks.map((block) => block.replace(/^h:/, '')));
    await untilSynced(relay, session);
    expect(relay.contentWrites()).toEqual([]);
    session.dispose();
  });

  it('[10.1] opening a document stores nothing on the relay and never says "unsynced changes"', async () => {
    const session = openSession(relay);
    const seen = recordStatuses(session);
    await untilSynced(relay, session);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(relay.contentWrites()).toEqual([]);
    expect(seen.filter((s) => 'hasUnsyncedChanges' in s && s.hasUnsyncedChanges)).toEqual([]);
    expect(session.getSnapshot()).toMatchObject({ isReady: true, canEdit: true });
    expect(Y.encodeStateVector(relay.doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
    session.dispose();
  });

  it('[10.1] a document this device has synced before opens from its local copy while the relay is away', async () => {
    const localCopy = createMemoryLocalCopies();
    writeBlocks(relay.doc, ['h:Notes', 'first']);
    const first = openSession(relay, { localCopy });
    await untilSynced(relay, first);
    first.dispose();

    relay.isDown = true;
    const second = openSession(relay, { localCopy });
    await vi.waitFor(() => expect(second.getSnapshot()).toMatchObject({ isReady: true, canEdit: true }), WAIT);
    expect(readBlocks(second.doc)).toEqual(['Notes', 'first']);
    second.dispose();
  });

  it('[10.1] a document created here opens at once, even with the relay away; what is typed reaches it later', async () => {
    relay.isDown = true;
    const session = openSession(relay, { isNew: true, localCopy: createMemoryLocalCopies() });
    await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ isReady: true, canEdit: true }), WAIT);
    writeBlocks(session.doc, ['written offline']);
    expect(status(session)).toMatchObject({ kind: 'reconnecting', hasUnsyncedChanges: true });
    relay.isDown = false;
    await untilSynced(relay, session);
    expect(readBlocks(relay.doc)).toEqual(['written offline']);
    session.dispose();
  });

  it('[10.1] a silent socket (blocked traffic) never makes the document look loaded', async () => {
    relay.isSilent = true;
    const session = openSession(relay);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(session.getSnapshot()).toMatchObject({ isReady: false, canEdit: false });
    expect(session.doc.getXmlFragment('default').length).toBe(0);
    session.dispose();
  });
});
