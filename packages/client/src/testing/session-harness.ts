import { expect, vi } from 'vitest';
import * as Y from 'yjs';
import { createCollabSession, type CollabSession, type CollabSessionOptions } from '../collab-session';
import type { ConnectionStatus } from '../connection-status';
import type { KeyValueStorage } from '../pending-store';
import { FakeRelay } from './fake-relay';

/** Deadline (real time) for polls; generous because a loaded CI machine is slow, never a sleep. */
export const WAIT = { timeout: 10_000 };

/**
 * Fakes timers and the browser globals the session reads, for one test. Virtual time: backoffs
 * and probe delays run instantly, and "nothing happens for 10 s" can be asserted without
 * waiting 10 s. vi.waitFor advances these timers while it polls.
 */
export function installFakeBrowser(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
}

/** Undoes `installFakeBrowser`. */
export function uninstallFakeBrowser(): void {
  vi.useRealTimers();
  vi.unstubAllGlobals();
}

/** Opens and starts a session against `relay`, with no local storage unless given. */
export function openSession(relay: FakeRelay, options: Partial<CollabSessionOptions> = {}): CollabSession {
  const session = createCollabSession({
    serverUrl: 'ws://relay.test',
    docName: 'doc',
    localCopy: null,
    storage: null,
    random: () => 0,
    WebSocketImpl: relay.WebSocketImpl,
    // The fake relay speaks WebSocket only (the fallback has its own tests).
    transport: 'websocket',
    ...options,
  });
  session.start();
  return session;
}

/** The session's current connection status. */
export const status = (session: CollabSession): ConnectionStatus => session.getSnapshot().status;

/** Lets the relay store whatever arrives until the session says "synced". */
export async function untilSynced(relay: FakeRelay, session: CollabSession): Promise<void> {
  await vi.waitFor(() => {
    relay.flushWrites();
    expect(status(session).kind).toBe('synced');
  }, WAIT);
}

/** Every status the session published, in order (to assert something was *never* shown). */
export function recordStatuses(session: CollabSession): ConnectionStatus[] {
  const seen: ConnectionStatus[] = [session.getSnapshot().status];
  session.subscribe(() => seen.push(session.getSnapshot().status));
  return seen;
}

/** localStorage in memory. */
export function memoryStorage(): KeyValueStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** Writes `blocks` into `doc`'s body as a person's editor would: `h:` for a heading, else a paragraph. */
export function writeBlocks(doc: Y.Doc, blocks: readonly string[]): void {
  const body = doc.getXmlFragment('default');
  doc.transact(() => {
    for (const block of blocks) {
      const isHeading = block.startsWith('h:');
      const element = new Y.XmlElement(isHeading ? 'heading' : 'paragraph');
      if (isHeading) element.setAttribute('level', '1' as never);
      element.insert(0, [new Y.XmlText(isHeading ? block.slice(2) : block)]);
      body.insert(body.length, [element]);
    }
  });
}

/** The text of each top-level block of `doc`'s body. */
export function readBlocks(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('default')
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : '')).join('') : ''));
}
