import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2 } from '@tandem/protocol';
import { createCollabSession, type CollabSession } from './collab-session';
import { BODY_FIELD } from './document-seed';

/**
 * A relay stand-in speaking y-websocket's sync protocol over fake sockets. Like Tandem's relay it
 * answers a state vector at once from what it has *stored*, while received updates wait in a
 * write queue until `flushWrites()`: the session must not call anything "saved" before that.
 */
class FakeRelay {
  readonly doc = new Y.Doc();
  readonly sockets: FakeSocket[] = [];
  private queued: Uint8Array[] = [];
  isDown = false;

  connect(socket: FakeSocket): void {
    this.sockets.push(socket);
    queueMicrotask(() => {
      if (this.isDown) return socket.serverClose(1006, '');
      socket.serverOpen();
      socket.serverSend(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    });
  }

  receive(socket: FakeSocket, data: Uint8Array): void {
    const decoded = decodeMessage(data);
    if (!decoded.ok) throw new Error(decoded.detail);
    const message = decoded.message;
    if (message.kind === 'sync-step1') socket.serverSend(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
    else if (message.kind === 'sync-step2' || message.kind === 'sync-update') this.queued.push(message.update.slice());
  }

  flushWrites(): void {
    for (const update of this.queued.splice(0)) Y.applyUpdate(this.doc, update);
  }

  closeAll(code: number, reason: string): void {
    for (const socket of this.sockets) socket.serverClose(code, reason);
  }
}

let relay: FakeRelay;

class FakeSocket {
  static readonly OPEN = 1;
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'arraybuffer';
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    relay.connect(this);
  }
  send(data: Uint8Array): void {
    if (this.readyState === 1) relay.receive(this, data);
  }
  close(): void {
    this.serverClose(1000, '');
  }
  serverOpen(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  serverSend(data: Uint8Array): void {
    const copy = data.slice().buffer;
    queueMicrotask(() => {
      if (this.readyState === 1) this.onmessage?.({ data: copy });
    });
  }
  serverClose(code: number, reason: string): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

function openSession(): CollabSession {
  const session = createCollabSession({
    serverUrl: 'ws://relay.test',
    docName: 'doc',
    useIndexedDb: false,
    storage: null,
    seedWaitMs: 50,
    random: () => 0,
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
  });
  session.start();
  return session;
}

const status = (session: CollabSession) => session.getSnapshot().status;

/** Deadline (real time) for polls; generous because a loaded CI machine is slow, never a sleep. */
const WAIT = { timeout: 10_000 };

/** Lets the relay store whatever arrives until the session says "synced". */
async function untilSynced(session: CollabSession): Promise<void> {
  await vi.waitFor(
    () => {
      relay.flushWrites();
      expect(status(session).kind).toBe('synced');
    },
    WAIT,
  );
}

beforeEach(() => {
  // Virtual time: backoffs and probe delays run instantly, and "nothing happens for 10 s" can
  // be asserted without waiting 10 s. vi.waitFor advances these timers while it polls.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  relay = new FakeRelay();
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('collab session', () => {
  it('says "synced" only once the relay has stored the local changes', async () => {
    const session = openSession();
    await vi.waitFor(() => expect(session.getSnapshot().isReady).toBe(true), WAIT);
    expect(session.doc.getXmlFragment(BODY_FIELD).length).toBe(1); // seeded
    // The seed is a local change the relay has not stored yet.
    await vi.waitFor(() => expect(status(session)).toEqual({ kind: 'syncing', hasUnsyncedChanges: true }), WAIT);
    await untilSynced(session);

    session.doc.getText('title').insert(0, 'Plan');
    expect(status(session)).toEqual({ kind: 'syncing', hasUnsyncedChanges: true });
    // Probes keep asking while the relay has not stored it: still not synced, however long.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(status(session)).toEqual({ kind: 'syncing', hasUnsyncedChanges: true });
    await untilSynced(session);
    expect(relay.doc.getText('title').toString()).toBe('Plan');
    session.dispose();
  });

  it('reconnects after a relay restart (1012) and stops for good on a refusal (4403)', async () => {
    const session = openSession();
    await untilSynced(session);

    relay.isDown = true;
    relay.closeAll(1012, 'SERVICE_RESTART');
    expect(status(session)).toMatchObject({ kind: 'reconnecting', attempt: 1, lastCloseCode: 1012 });
    relay.isDown = false;
    await untilSynced(session);
    const socketsBefore = relay.sockets.length;

    relay.closeAll(4403, 'FORBIDDEN');
    expect(status(session)).toEqual({ kind: 'stopped', code: 4403, reason: 'FORBIDDEN', hasUnsyncedChanges: false });
    // Far longer than any backoff: no new socket appears.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(relay.sockets.length).toBe(socketsBefore);

    session.retry();
    await untilSynced(session);
    session.dispose();
  });

  it('goes offline on the browser\'s offline event without retrying, and reconnects when online', async () => {
    const session = openSession();
    await untilSynced(session);
    const socketsBefore = relay.sockets.length;
    vi.stubGlobal('navigator', { onLine: false });
    window.dispatchEvent(new Event('offline'));
    session.doc.getText('title').insert(0, 'offline edit');
    expect(status(session)).toEqual({ kind: 'offline', hasUnsyncedChanges: true });
    expect(relay.sockets.length).toBe(socketsBefore);

    vi.stubGlobal('navigator', { onLine: true });
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(relay.sockets.length).toBe(socketsBefore + 1), WAIT);
    await untilSynced(session);
    expect(relay.doc.getText('title').toString()).toBe('offline edit');
    session.dispose();
  });
});
