import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDocName } from '@tandem/protocol';
import { FakeRelay } from './testing/fake-relay';
import {
  WAIT,
  installFakeBrowser,
  memoryStorage,
  openSession,
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

describe('document names', () => {
  it.each(['plan?draft=1', 'notes#2', '100% done', 'team notes', 'Überblick 2025 ✓', 'a/b', '..%2e', '日本語のメモ', 'emoji 🎉'])(
    '[9.8] %j reaches the relay URL-encoded and reads back as the same name',
    async (name) => {
      const session = openSession(relay, { docName: name });
      await untilSynced(relay, session);
      const url = new URL(relay.sockets[0]!.url);
      expect(url.search).toBe('');
      expect(url.hash).toBe('');
      expect(parseDocName(relay.sockets[0]!.url.slice('ws://relay.test'.length))).toEqual({ ok: true, name });
      session.dispose();
    },
  );

  it.each([
    ['too long', 'x'.repeat(256), 'DOC_NAME_TOO_LONG'],
    ['with control characters', 'line\nbreak', 'DOC_NAME_CONTROL_CHARACTERS'],
  ])('[10.2] a name %s stops at once with the reason, without connecting or retrying', async (_, name, reason) => {
    const session = openSession(relay, { docName: name });
    expect(status(session)).toMatchObject({ kind: 'stopped', reason });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(relay.sockets).toEqual([]);
    expect(session.getSnapshot()).toMatchObject({ isReady: false, canEdit: false });
    session.retry();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(relay.sockets).toEqual([]);
    session.dispose();
  });
});

describe('terminal refusals', () => {
  it.each([
    [4401, 'UNAUTHENTICATED'],
    [4403, 'FORBIDDEN'],
  ])('[10.2] %i stops retrying and makes the document read-only until the person asks again', async (code, reason) => {
    const session = openSession(relay);
    await untilSynced(relay, session);
    expect(session.getSnapshot().canEdit).toBe(true);
    const sockets = relay.sockets.length;
    relay.closeAll(code, reason);
    expect(status(session)).toMatchObject({ kind: 'stopped', code, reason });
    expect(session.getSnapshot().canEdit).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(relay.sockets.length).toBe(sockets);
    session.retry();
    await untilSynced(relay, session);
    expect(session.getSnapshot().canEdit).toBe(true);
    session.dispose();
  });

  it('[10.2] 4410 DOCUMENT_DELETED stops for good: read-only, local changes and copy dropped, retry cannot re-create it', async () => {
    const storage = memoryStorage();
    const localCopy = createMemoryLocalCopies();
    writeBlocks(relay.doc, ['soon deleted']);
    const session = openSession(relay, { storage, localCopy });
    await untilSynced(relay, session);
    relay.isDown = true; // keep the edit unconfirmed
    relay.closeAll(1012, 'SERVICE_RESTART');
    writeBlocks(session.doc, ['typed offline']);
    expect(status(session)).toMatchObject({ hasUnsyncedChanges: true });
    relay.isDown = false;
    relay.doc.destroy();
    await vi.waitFor(() => expect(relay.sockets.length).toBeGreaterThan(1), WAIT);
    relay.closeAll(4410, 'DOCUMENT_DELETED');
    expect(status(session)).toMatchObject({ kind: 'stopped', code: 4410, hasUnsyncedChanges: false });
    expect(session.getSnapshot().canEdit).toBe(false);
    expect([...storage.map.keys()].filter((key) => key.startsWith('tandem:pending:'))).toEqual([]);
    const sockets = relay.sockets.length;
    session.retry();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(relay.sockets.length).toBe(sockets);
    session.dispose();

    // The local copy is gone too: opening the name again does not find a document to upload.
    relay.isDown = true;
    const again = openSession(relay, { storage, localCopy });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(again.getSnapshot().isReady).toBe(false);
    expect(again.doc.getXmlFragment('default').length).toBe(0);
    again.dispose();
  });
});

describe('presence heartbeat', () => {
  it('[10.4] renews this tab\'s presence every few seconds so others can tell it is still there', async () => {
    const session = openSession(relay);
    session.awareness.setLocalStateField('user', { name: 'Ada', color: '#1c7ed6' });
    await untilSynced(relay, session);
    const count = () => relay.received.filter((m) => m.kind === 'awareness').length;
    const before = count();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(count() - before).toBeGreaterThanOrEqual(2);
    session.dispose();
  });
});
