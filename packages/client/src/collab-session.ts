import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { AUTH_PROTOCOL, CloseCode, needsLongBackoff, validateDocName, type DocNameProblem } from '@tandem/protocol';
import { computeBackoffMs, longBackoff, normalBackoff } from './backoff';
import {
  DOCUMENT_DELETED_CODE,
  initialConnectionState,
  reduceConnection,
  toConnectionStatus,
  type ConnectionEvent,
  type ConnectionState,
  type ConnectionStatus,
} from './connection-status';
import { indexedDbLocalCopy, type LocalCopy, type LocalCopyFactory } from './local-copy';
import type { CollabSession, CollabSessionOptions, CollabSnapshot } from './collab-session-types';
import { createPendingStore, type KeyValueStorage } from './pending-store';
import { startPresenceHeartbeat } from './presence-heartbeat';
import { createSyncLedger } from './sync-ledger';
import { createSyncProbe } from './sync-probe';
import { readTokenRole } from './access-token';
import { SseSocket } from './sse-socket';
import type { Transport } from './collab-session-types';

export type { CollabSession, CollabSessionOptions, CollabSnapshot } from './collab-session-types';

const PENDING_SAVE_DELAY_MS = 500;
const SSE_AFTER_FAILED_UPGRADES = 3;
const WEBSOCKET_PROBE_MS = 5 * 60_000;
/** Closes that come from the network or a proxy, not from the relay (which always says why). */
const NETWORK_CLOSE_CODES: ReadonlySet<number> = new Set([1001, 1005, 1006, 1015]);
const LOCAL_COPY_WAIT_MS = 5_000;
const AUTH_MESSAGE = 2;
/** WebSocket sub-protocol that carries an access token to the relay. */
/** Origin of the unconfirmed changes re-applied from localStorage at start. */
const RESTORE_ORIGIN = 'tandem-pending-restore';

/** Reason tokens of a document name the relay would refuse (shown as `stopped`). */
const NAME_REFUSALS: Readonly<Record<DocNameProblem, string>> = {
  'bad-encoding': 'DOC_NAME_INVALID',
  empty: 'DOC_NAME_EMPTY',
  'too-long': 'DOC_NAME_TOO_LONG',
  'control-characters': 'DOC_NAME_CONTROL_CHARACTERS',
};

/**
 * Creates a session for one document. Nothing happens until `start()`: no socket, no
 * IndexedDB, no timers (side effects in constructors make lifetimes impossible to reason about).
 */
export function createCollabSession(options: CollabSessionOptions): CollabSession {
  const { docName } = options;
  const random = options.random ?? Math.random;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const openLocalCopy = options.localCopy === undefined ? defaultLocalCopy() : options.localCopy;
  const doc = new Y.Doc();
  const token = options.token ?? null;
  const webSocketImpl = options.WebSocketImpl ?? (typeof WebSocket === 'undefined' ? undefined : WebSocket);
  const socketClass = (kind: Transport) => (kind === 'sse' ? (SseSocket as unknown as typeof WebSocket) : webSocketImpl);
  let transport: Transport = options.transport === 'sse' ? 'sse' : 'websocket';
  const initialSocket = socketClass(transport);
  const provider = new WebsocketProvider(options.serverUrl, encodeURIComponent(docName), doc, {
    connect: false,
    // The relay reads a token offered as `['tandem-auth', token]` and answers 'tandem-auth';
    // a header keeps the token out of URLs that proxies log.
    protocols: token ? [AUTH_PROTOCOL, token] : [],
    disableBc: true, // the relay is the one source of truth; see README (sync ledger)
    // Reconnects are ours (jittered backoff, stop on refusals): the provider must not decide.
    shouldReconnect: () => true,
    ...(initialSocket ? { WebSocketPolyfill: initialSocket } : {}),
  });
  const pendingStore = createPendingStore(storage, docName);
  const isViewer = token !== null && readTokenRole(token, docName) === 'viewer';
  // A viewer's unconfirmed changes (made back when it could edit) will never be accepted.
  if (isViewer) pendingStore.save(null);
  const stored = pendingStore.load();
  const ledger = createSyncLedger(stored.kind === 'update' ? stored.update : null);

  let localCopy: LocalCopy | null = null;
  let state: ConnectionState = initialConnectionState(isBrowserOnline());
  let isReady = false;
  let isDenied = false;
  let snapshot: CollabSnapshot = makeSnapshot();
  const listeners = new Set<() => void>();
  const cleanups: Array<() => void> = [];
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let isDisposed = false;

  function makeSnapshot(): CollabSnapshot {
    const isReadOnly = isViewer || isDenied;
    const canEdit = isReady && !isReadOnly && state.phase !== 'stopped';
    return { status: toConnectionStatus(state), isReady, isReadOnly, canEdit, transport };
  }
  const publish = (): void => {
    const next = makeSnapshot();
    const same =
      snapshot.isReady === next.isReady &&
      snapshot.isReadOnly === next.isReadOnly &&
      snapshot.canEdit === next.canEdit &&
      snapshot.transport === next.transport &&
      sameStatus(snapshot.status, next.status);
    if (same) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  const dispatch = (event: ConnectionEvent): void => {
    state = reduceConnection(state, event);
    publish();
  };

  // --- Writes: a read-only session sends none, and forgets the ones the relay refused. ---
  let isUpdateHandlerAttached = true;
  const isWriteBlocked = (): boolean => isViewer || isDenied || state.stop?.isFinal === true;
  const blockWrites = (): void => {
    if (!isUpdateHandlerAttached) return;
    isUpdateHandlerAttached = false;
    doc.off('update', provider._updateHandler);
  };
  /**
   * Local changes the relay will never accept: drop them, and this device's copy that holds
   * them too (a later session must neither show nor upload them). `isGone`: the document
   * itself was deleted, so the whole copy goes.
   */
  const dropUnacceptedChanges = (isGone: boolean): void => {
    blockWrites();
    probe.stop();
    if (isGone || ledger.hasUnsyncedChanges) {
      localCopy?.clear();
      localCopy = null;
    }
    ledger.discardPending();
    savePendingNow();
    refreshUnsynced();
  };

  // --- The connection loop: our own reconnects with jittered backoff, stopping on refusals. ---
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

  // --- Transport: WebSocket first; SSE + POST when upgrades keep failing (proxies that strip
  // them). The provider is the same either way: only the socket class it constructs changes,
  // and its state-vector sync on the next connection sends whatever the last one did not. ---
  const isAuto = options.transport === undefined || options.transport === 'auto';
  const sseAfter = options.sseAfterFailedUpgrades ?? SSE_AFTER_FAILED_UPGRADES;
  let failedUpgrades = 0;
  /** This connection synced with the relay: its transport works, whatever happens next. */
  let hasSyncedThisAttempt = false;
  let webSocketProbeTimer: ReturnType<typeof setTimeout> | null = null;
  const useTransport = (next: Transport): void => {
    transport = next;
    const socket = socketClass(next);
    if (socket) provider._WS = socket;
    publish();
  };
  const stopWebSocketProbe = (): void => {
    if (webSocketProbeTimer !== null) clearTimeout(webSocketProbeTimer);
    webSocketProbeTimer = null;
  };
  /** While on SSE, try a plain WebSocket now and then; once one opens, move back to it. */
  const scheduleWebSocketProbe = (): void => {
    stopWebSocketProbe();
    if (!webSocketImpl) return;
    webSocketProbeTimer = setTimeout(() => {
      if (isDisposed || transport !== 'sse') return;
      const trial = new webSocketImpl(provider.url, provider.protocols);
      trial.onopen = () => {
        trial.close(1000);
        if (isDisposed || transport !== 'sse') return;
        failedUpgrades = 0;
        useTransport('websocket');
        closeOnPurpose();
        connectNow();
      };
      trial.onerror = () => undefined;
      trial.onclose = () => {
        if (transport === 'sse') scheduleWebSocketProbe();
      };
    }, options.webSocketProbeMs ?? WEBSOCKET_PROBE_MS);
  };
  let isCheckingHttp = false;
  /**
   * Counts WebSocket attempts cut by the network before they synced (never opened, or opened
   * by a proxy that then dropped it); a close the relay chose (1012, 1013, 44xx) is not one.
   * After enough of them, switches to SSE only if the relay answers plain HTTP (/healthz): a
   * relay that is down or restarting fails both, and must not send every client to the fallback.
   */
  const noteAttemptEnded = (code: number | null): void => {
    if (!isAuto || transport !== 'websocket' || hasSyncedThisAttempt) return;
    if (code === null || !NETWORK_CLOSE_CODES.has(code)) return;
    failedUpgrades += 1;
    if (failedUpgrades < sseAfter || isCheckingHttp || typeof fetch === 'undefined') return;
    isCheckingHttp = true;
    fetch(healthUrl(provider.url), { cache: 'no-store' })
      .then((response) => response.ok, () => false)
      .then((isHttpUp) => {
        isCheckingHttp = false;
        if (!isHttpUp || isDisposed || transport !== 'websocket' || failedUpgrades < sseAfter) return;
        failedUpgrades = 0;
        useTransport('sse');
        scheduleWebSocketProbe();
        // The fallback is a different road, not the same one again: take it at once.
        if (state.phase === 'waiting') connectNow();
      });
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
    const code = event?.code ?? null;
    dispatch({ type: 'socket-closed', code, reason: event?.reason ?? '' });
    // Deleted: what this tab still holds must never be uploaded again (that would re-create it).
    if (code === DOCUMENT_DELETED_CODE) dropUnacceptedChanges(true);
    noteAttemptEnded(code);
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

  // --- Unconfirmed changes, remembered for the next page load. While connected they are
  // usually confirmed within a few hundred ms, so writing localStorage on every keystroke
  // would be wasted work; without a connection every change is written at once. ---
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  function savePendingNow(): void {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    pendingStore.save(ledger.pendingUpdate());
  }
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
  const probe = createSyncProbe({ doc, provider, ledger, onLearned: refreshUnsynced, isWriteBlocked });
  // The relay refuses a read-only session's edits with y-protocols' permission-denied message
  // (the connection stays open). The provider would only log a warning; we switch to read-only.
  provider.messageHandlers[AUTH_MESSAGE] = () => {
    if (isDenied) return;
    isDenied = true;
    dropUnacceptedChanges(false);
    publish();
  };
  const onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === provider || origin === RESTORE_ORIGIN || (localCopy !== null && origin === localCopy.origin)) return;
    if (isWriteBlocked()) return;
    ledger.recordLocalUpdate(update);
    // An edit made here (a document created here, before the relay answered) makes the copy a known base.
    localCopy?.markKnown();
    refreshUnsynced();
  };

  // --- Readiness: never present "empty" for "not loaded yet". ---
  const markReady = (): void => {
    if (isReady || isDisposed) return;
    isReady = true;
    publish();
  };
  const loadLocalCopy = async (): Promise<void> => {
    // IndexedDB can be unavailable (private windows) or blocked by another tab's upgrade:
    // then the relay alone provides the content rather than the editor never opening.
    if (localCopy) await Promise.race([localCopy.whenLoaded, delay(LOCAL_COPY_WAIT_MS)]);
    if (isDisposed) return;
    if (stored.kind === 'unknown' && !isWriteBlocked()) ledger.recordLocalUpdate(Y.encodeStateAsUpdate(doc));
    const isKnownHere = options.isNew === true || (localCopy !== null && (await localCopy.isKnown()));
    // Otherwise the first sync with the relay makes the document ready.
    if (isKnownHere) markReady();
  };
  const onServerSynced = (isSynced: boolean): void => {
    if (!isSynced) return;
    hasSyncedThisAttempt = true;
    if (transport === 'websocket') failedUpgrades = 0;
    dispatch({ type: 'server-synced' });
    localCopy?.markKnown();
    markReady();
    refreshUnsynced();
  };

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void): void => {
    window.addEventListener(type, handler);
    cleanups.push(() => window.removeEventListener(type, handler));
  };

  const listenToBrowser = (): void => {
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
  };

  return {
    doc,
    awareness: provider.awareness,
    provider,
    docName,
    start() {
      const name = validateDocName(docName);
      if (!name.ok) {
        // The relay refuses the upgrade with HTTP 400, which a browser only reports as a failed
        // socket (1006): retrying would go on forever without ever saying why.
        blockWrites();
        dispatch({ type: 'refused', code: CloseCode.badMessage, reason: NAME_REFUSALS[name.problem] });
        return;
      }
      if (isWriteBlocked()) blockWrites();
      probe.install();
      provider.on('status', ({ status }) => {
        if (status === 'connecting') {
          hasSyncedThisAttempt = false;
          dispatch({ type: 'socket-connecting' });
        } else if (status === 'connected') {
          dispatch({ type: 'socket-open' });
        }
      });
      provider.on('sync', onServerSynced);
      provider.on('connection-close', onConnectionClose);
      doc.on('update', onDocUpdate);
      localCopy = openLocalCopy ? openLocalCopy(docName, doc) : null;
      // The unconfirmed changes are also in the local copy; applying them again is a no-op
      // there, and recovers them where the copy lost or never had them.
      if (stored.kind === 'update') Y.applyUpdate(doc, stored.update, RESTORE_ORIGIN);
      listenToBrowser();
      cleanups.push(startPresenceHeartbeat(provider.awareness, options.presenceHeartbeatMs));
      if (state.isBrowserOnline) connectNow();
      refreshUnsynced();
      void loadLocalCopy();
    },
    dispose() {
      if (isDisposed) return;
      isDisposed = true;
      savePendingNow();
      clearRetry();
      stopWebSocketProbe();
      probe.dispose();
      for (const cleanup of cleanups.splice(0)) cleanup();
      doc.off('update', onDocUpdate);
      provider.destroy();
      provider.awareness.destroy();
      localCopy?.destroy();
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

/** The relay's plain-HTTP health URL for a provider URL (`ws://host/doc` → `http://host/healthz`). */
function healthUrl(providerUrl: string): string {
  const url = new URL(providerUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = url.pathname.replace(/\/[^/]*$/, '/healthz');
  url.search = '';
  return url.toString();
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

function defaultLocalCopy(): LocalCopyFactory | null {
  return typeof indexedDB === 'undefined' ? null : indexedDbLocalCopy;
}

function sameStatus(a: ConnectionStatus, b: ConnectionStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
