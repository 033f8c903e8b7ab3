import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { needsLongBackoff } from '@tandem/protocol';
import { computeBackoffMs, longBackoff, normalBackoff } from './backoff';
import {
  initialConnectionState,
  reduceConnection,
  toConnectionStatus,
  type ConnectionEvent,
  type ConnectionState,
  type ConnectionStatus,
} from './connection-status';
import { createSeedUpdate, ensureSeed, BODY_FIELD } from './document-seed';
import { createPendingStore, type KeyValueStorage } from './pending-store';
import { createSyncLedger } from './sync-ledger';
import { createSyncProbe } from './sync-probe';
import { readTokenRole } from './access-token';

/** Options of a collaboration session. */
export interface CollabSessionOptions {
  /** Relay WebSocket base URL, e.g. `ws://127.0.0.1:1234`; the document name is appended. */
  readonly serverUrl: string;
  readonly docName: string;
  /** Keep the document in IndexedDB for offline use (default: when IndexedDB exists). */
  readonly useIndexedDb?: boolean;
  /** Where unconfirmed changes are remembered across reloads (default: localStorage). */
  readonly storage?: KeyValueStorage | null;
  /** How long a new document waits for the relay before seeding locally. */
  readonly seedWaitMs?: number;
  readonly random?: () => number;
  /** Access token for a relay with auth (sent as a WebSocket sub-protocol, never in the URL). */
  readonly token?: string | null;
  /** WebSocket constructor (tests in Node pass `ws`). */
  readonly WebSocketImpl?: typeof WebSocket;
}

/** What UI code renders from a session; replaced (never mutated) on every change. */
export interface CollabSnapshot {
  readonly status: ConnectionStatus;
  /** Local storage loaded and the document has content: safe to bind an editor. */
  readonly isReady: boolean;
  /** The token grants viewing only, or the relay refused an edit: show the document read-only. */
  readonly isReadOnly: boolean;
}

/** One open document: a Y.Doc kept in sync with the relay and IndexedDB. */
export interface CollabSession {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The y-websocket provider, for TipTap's collaboration caret. */
  readonly provider: WebsocketProvider;
  readonly docName: string;
  /** Opens local storage and the connection. Call once. */
  start(): void;
  /** Closes everything and removes every listener. */
  dispose(): void;
  /** Try again after the relay stopped us (user action). */
  retry(): void;
  getSnapshot(): CollabSnapshot;
  subscribe(listener: () => void): () => void;
}

const PENDING_SAVE_DELAY_MS = 500;
const INDEXEDDB_WAIT_MS = 5_000;
const AUTH_MESSAGE = 2;
/** WebSocket sub-protocol that carries an access token to the relay. */
const AUTH_PROTOCOL = 'tandem-auth';
/** Origin of the unconfirmed changes re-applied from localStorage at start. */
const RESTORE_ORIGIN = 'tandem-pending-restore';

/**
 * Creates a session for one document. Nothing happens until `start()`: no socket, no
 * IndexedDB, no timers (side effects in constructors make lifetimes impossible to reason about).
 */
export function createCollabSession(options: CollabSessionOptions): CollabSession {
  const { docName } = options;
  const random = options.random ?? Math.random;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const doc = new Y.Doc();
  const token = options.token ?? null;
  const provider = new WebsocketProvider(options.serverUrl, docName, doc, {
    connect: false,
    // The relay reads a token offered as `['tandem-auth', token]` and answers 'tandem-auth';
    // a header keeps the token out of URLs that proxies log.
    protocols: token ? [AUTH_PROTOCOL, token] : [],
    disableBc: true, // the relay is the one source of truth; see README (sync ledger)
    // Reconnects are ours (jittered backoff, stop on refusals): the provider must not decide.
    shouldReconnect: () => true,
    ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
  });
  const pendingStore = createPendingStore(storage, docName);
  const stored = pendingStore.load();
  const ledger = createSyncLedger(stored.kind === 'update' ? stored.update : null);

  let indexedDb: IndexeddbPersistence | null = null;
  let state: ConnectionState = initialConnectionState(isBrowserOnline());
  let isReady = false;
  let isReadOnly = token !== null && readTokenRole(token, docName) === 'viewer';
  let snapshot: CollabSnapshot = { status: toConnectionStatus(state), isReady, isReadOnly };
  const listeners = new Set<() => void>();
  const cleanups: Array<() => void> = [];
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let isDisposed = false;

  const publish = (): void => {
    const status = toConnectionStatus(state);
    if (snapshot.isReady === isReady && snapshot.isReadOnly === isReadOnly && sameStatus(snapshot.status, status)) return;
    snapshot = { status, isReady, isReadOnly };
    for (const listener of [...listeners]) listener();
  };
  const dispatch = (event: ConnectionEvent): void => {
    state = reduceConnection(state, event);
    publish();
  };

  const clearRetry = (): void => {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };
  const connectNow = (): void => {
    clearRetry();
    if (isDisposed || state.phase === 'stopped') return;
    provider.connect();
  };
  const scheduleRetry = (): void => {
    clearRetry();
    if (!state.isBrowserOnline) return; // the 'online' event reconnects at once
    const policy = needsLongBackoff(state.lastCloseCode ?? 0) ? longBackoff : normalBackoff;
    const delayMs = computeBackoffMs(state.attempt, policy, random);
    retryTimer = setTimeout(connectNow, delayMs);
    dispatch({ type: 'retry-scheduled', retryAt: Date.now() + delayMs });
  };

  let isClosingOnPurpose = false;
  const onConnectionClose = (event: CloseEvent | null): void => {
    // Keep y-websocket's own fixed-delay reconnect from firing: we schedule our own.
    provider.shouldConnect = false;
    probe.stop();
    savePendingNow();
    if (isClosingOnPurpose || isDisposed) {
      dispatch({ type: 'socket-closed', code: null, reason: '' });
      return;
    }
    dispatch({ type: 'socket-closed', code: event?.code ?? null, reason: event?.reason ?? '' });
    if (state.phase === 'waiting') scheduleRetry();
  };
  const closeOnPurpose = (): void => {
    isClosingOnPurpose = true;
    try {
      provider.disconnect();
    } finally {
      isClosingOnPurpose = false;
    }
  };

  // Remember unconfirmed changes for the next page load. While connected they are usually
  // confirmed within a few hundred ms, so writing localStorage on every keystroke would be
  // wasted work; without a connection every change is written at once.
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const savePendingNow = (): void => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    pendingStore.save(ledger.pendingUpdate());
  };
  const savePending = (): void => {
    if (state.phase !== 'open') return savePendingNow();
    saveTimer ??= setTimeout(savePendingNow, PENDING_SAVE_DELAY_MS);
  };
  function refreshUnsynced(): void {
    savePending();
    if (state.hasUnsyncedChanges !== ledger.hasUnsyncedChanges) {
      dispatch({ type: 'unsynced-changed', hasUnsyncedChanges: ledger.hasUnsyncedChanges });
    }
    probe.maybeProbe();
  }
  const probe = createSyncProbe({ doc, provider, ledger, onLearned: refreshUnsynced });
  // The relay refuses a viewer's edits with y-protocols' permission-denied message. The
  // provider would only log a warning; we switch the document to read-only instead.
  provider.messageHandlers[AUTH_MESSAGE] = () => {
    isReadOnly = true;
    publish();
  };
  const onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === provider || origin === RESTORE_ORIGIN || (indexedDb !== null && origin === indexedDb)) return;
    ledger.recordLocalUpdate(update);
    refreshUnsynced();
  };

  const markReady = (): void => {
    if (isReady || isDisposed) return;
    ensureSeed(doc, createSeedUpdate());
    isReady = true;
    publish();
  };
  const whenContentKnown = async (): Promise<void> => {
    // IndexedDB can be unavailable (private windows) or blocked by another tab's upgrade:
    // then the relay alone provides the content rather than the editor never opening.
    if (indexedDb) await Promise.race([indexedDb.whenSynced.catch(() => undefined), delay(INDEXEDDB_WAIT_MS)]);
    if (isDisposed) return;
    if (stored.kind === 'unknown') ledger.recordLocalUpdate(Y.encodeStateAsUpdate(doc));
    if (doc.getXmlFragment(BODY_FIELD).length > 0 || !state.isBrowserOnline) return markReady();
    // A new document here may exist on the relay: give it a moment to answer before seeding.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, options.seedWaitMs ?? 1_500);
      function done(): void {
        clearTimeout(timer);
        provider.off('sync', onSync);
        window.removeEventListener('offline', done);
        resolve();
      }
      function onSync(isSynced: boolean): void {
        if (isSynced) done();
      }
      provider.on('sync', onSync);
      window.addEventListener('offline', done);
      cleanups.push(done);
    });
    markReady();
  };

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void): void => {
    window.addEventListener(type, handler);
    cleanups.push(() => window.removeEventListener(type, handler));
  };

  return {
    doc,
    awareness: provider.awareness,
    provider,
    docName,
    start() {
      probe.install();
      provider.on('status', ({ status }) => {
        if (status === 'connecting') dispatch({ type: 'socket-connecting' });
        else if (status === 'connected') dispatch({ type: 'socket-open' });
      });
      provider.on('sync', (isSynced) => {
        if (!isSynced) return;
        dispatch({ type: 'server-synced' });
        refreshUnsynced();
      });
      provider.on('connection-close', onConnectionClose);
      doc.on('update', onDocUpdate);
      if (options.useIndexedDb ?? typeof indexedDB !== 'undefined') indexedDb = new IndexeddbPersistence(`tandem:${docName}`, doc);
      // The unconfirmed changes are also in IndexedDB; applying them again is a no-op there,
      // and recovers them where IndexedDB lost or never had them.
      if (stored.kind === 'update') Y.applyUpdate(doc, stored.update, RESTORE_ORIGIN);
      listen('offline', () => {
        dispatch({ type: 'browser-offline' });
        clearRetry();
        // Browsers keep a dead socket "open" for a long while after the network went away.
        closeOnPurpose();
      });
      listen('online', () => {
        dispatch({ type: 'browser-online' });
        connectNow();
      });
      // Tell the others we left before the socket dies, so our caret disappears at once.
      let hiddenState: Record<string, unknown> | null = null;
      listen('pagehide', () => {
        savePendingNow();
        hiddenState = provider.awareness.getLocalState();
        provider.awareness.setLocalState(null);
      });
      // A page restored from the back/forward cache is still this session: come back.
      listen('pageshow', (event) => {
        if (event.persisted && hiddenState) provider.awareness.setLocalState(hiddenState);
      });
      if (state.isBrowserOnline) connectNow();
      refreshUnsynced();
      void whenContentKnown();
    },
    dispose() {
      if (isDisposed) return;
      isDisposed = true;
      savePendingNow();
      clearRetry();
      probe.dispose();
      for (const cleanup of cleanups.splice(0)) cleanup();
      doc.off('update', onDocUpdate);
      provider.destroy();
      provider.awareness.destroy();
      void indexedDb?.destroy();
      doc.destroy();
      listeners.clear();
    },
    retry() {
      dispatch({ type: 'retry-requested' });
      connectNow();
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function isBrowserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function sameStatus(a: ConnectionStatus, b: ConnectionStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
