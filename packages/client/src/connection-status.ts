import { CloseCode, isRetryable } from '@tandem/protocol';

/** What the user is told about the connection. Derived, never stored. */
export type ConnectionStatus =
  /** First attempt of this page: nothing heard from the relay yet. */
  | { readonly kind: 'connecting' }
  /** Connected, but the relay has not confirmed everything yet (catching up or saving). */
  | { readonly kind: 'syncing'; readonly hasUnsyncedChanges: boolean }
  /** Connected and up to date: the relay holds every local change. */
  | { readonly kind: 'synced' }
  /** The browser has no network; edits are kept on this device. */
  | { readonly kind: 'offline'; readonly hasUnsyncedChanges: boolean }
  /** The connection dropped; another attempt is due at `retryAt` (ms epoch) unless null. */
  | {
      readonly kind: 'reconnecting';
      readonly attempt: number;
      readonly retryAt: number | null;
      readonly lastCloseCode: number | null;
      readonly hasUnsyncedChanges: boolean;
    }
  /**
   * The relay refused us for a reason a retry would not fix; nothing more is attempted.
   * `canRetry` is false when even the person asking again cannot help (the document was
   * deleted, its name is invalid): then no "Try again" is offered.
   */
  | {
      readonly kind: 'stopped';
      readonly code: number;
      readonly reason: string;
      readonly canRetry: boolean;
      readonly hasUnsyncedChanges: boolean;
    };

/** The kinds of ConnectionStatus, for exhaustive switches and labels. */
export type ConnectionStatusKind = ConnectionStatus['kind'];

/** Where the socket is in its life cycle. */
export type SocketPhase = 'idle' | 'connecting' | 'open' | 'waiting' | 'stopped';

/** The facts the status is derived from. */
export interface ConnectionState {
  readonly phase: SocketPhase;
  readonly isBrowserOnline: boolean;
  readonly hasConnectedOnce: boolean;
  /** The relay's state has arrived over the current socket. */
  readonly isServerSynced: boolean;
  readonly hasUnsyncedChanges: boolean;
  /** Consecutive attempts that ended without a successful sync. */
  readonly attempt: number;
  readonly retryAt: number | null;
  readonly lastCloseCode: number | null;
  readonly stop: { readonly code: number; readonly reason: string; readonly isFinal: boolean } | null;
}

/** Things that happen to a connection. */
export type ConnectionEvent =
  | { readonly type: 'socket-connecting' }
  | { readonly type: 'socket-open' }
  | { readonly type: 'server-synced' }
  /** The socket closed; `code` is null when we closed it ourselves. */
  | { readonly type: 'socket-closed'; readonly code: number | null; readonly reason: string }
  | { readonly type: 'retry-scheduled'; readonly retryAt: number }
  | { readonly type: 'browser-online' }
  | { readonly type: 'browser-offline' }
  | { readonly type: 'unsynced-changed'; readonly hasUnsyncedChanges: boolean }
  /** The user asked to try again after a stop. */
  | { readonly type: 'retry-requested' }
  /** The client refused to connect at all (e.g. an invalid document name), with a reason token. */
  | { readonly type: 'refused'; readonly code: number; readonly reason: string };

/** The state before anything happened. */
export function initialConnectionState(isBrowserOnline: boolean): ConnectionState {
  return {
    phase: 'idle',
    isBrowserOnline,
    hasConnectedOnce: false,
    isServerSynced: false,
    hasUnsyncedChanges: false,
    attempt: 0,
    retryAt: null,
    lastCloseCode: null,
    stop: null,
  };
}

/**
 * 4410 DOCUMENT_DELETED: final, not even "Try again" — reconnecting would upload this tab's copy
 * and bring the deleted document back.
 */
export const DOCUMENT_DELETED_CODE = CloseCode.documentDeleted;

/** 1005 means "no status code received" (a bare close frame, often from a proxy): worth another try. */
const NO_STATUS_RECEIVED = 1005;

/**
 * Whether a close code is worth a reconnect. The relay's table (`isRetryable`) plus 1005,
 * which browsers report when a proxy drops the close status.
 */
export function shouldReconnectAfter(code: number): boolean {
  return code === NO_STATUS_RECEIVED || isRetryable(code);
}

/** The connection state machine: pure, one event at a time. */
export function reduceConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (state.phase === 'stopped' && event.type !== 'retry-requested' && event.type !== 'unsynced-changed') {
    // Only the user restarts a stopped connection; late socket events must not revive it.
    return event.type === 'browser-online' || event.type === 'browser-offline'
      ? { ...state, isBrowserOnline: event.type === 'browser-online' }
      : state;
  }
  switch (event.type) {
    case 'socket-connecting':
      return { ...state, phase: 'connecting', retryAt: null, isServerSynced: false };
    case 'socket-open':
      return { ...state, phase: 'open', hasConnectedOnce: true, isServerSynced: false };
    case 'server-synced':
      return state.phase === 'open' ? { ...state, isServerSynced: true, attempt: 0, lastCloseCode: null } : state;
    case 'socket-closed':
      return closed(state, event.code, event.reason);
    case 'retry-scheduled':
      return state.phase === 'waiting' ? { ...state, retryAt: event.retryAt } : state;
    case 'browser-online':
      return { ...state, isBrowserOnline: true };
    case 'browser-offline':
      return { ...state, isBrowserOnline: false, retryAt: null };
    case 'unsynced-changed':
      return { ...state, hasUnsyncedChanges: event.hasUnsyncedChanges };
    case 'retry-requested':
      if (state.stop?.isFinal) return state;
      return { ...state, phase: 'waiting', stop: null, attempt: 0, retryAt: null };
    case 'refused':
      return { ...state, phase: 'stopped', isServerSynced: false, retryAt: null, stop: { code: event.code, reason: event.reason, isFinal: true } };
  }
}

function closed(state: ConnectionState, code: number | null, reason: string): ConnectionState {
  const base = { ...state, isServerSynced: false, retryAt: null };
  if (code !== null && !shouldReconnectAfter(code)) {
    return { ...base, phase: 'stopped', stop: { code, reason, isFinal: code === DOCUMENT_DELETED_CODE } };
  }
  return { ...base, phase: 'waiting', attempt: state.attempt + 1, lastCloseCode: informativeCode(state.lastCloseCode, code) };
}

/** Abnormal closure: the socket died without the relay saying why (or was never opened). */
const ABNORMAL_CLOSURE = 1006;

/**
 * The close code worth remembering. Failed attempts after a relay said why it left (1012
 * restarting, 4529 slow down) end with 1006, which says nothing: keep the reason (and its
 * backoff) until a connection succeeds.
 */
function informativeCode(previous: number | null, code: number | null): number | null {
  if (code === null) return previous;
  if (code === ABNORMAL_CLOSURE && previous !== null) return previous;
  return code;
}

/** The status to show for a state. */
export function toConnectionStatus(state: ConnectionState): ConnectionStatus {
  const hasUnsyncedChanges = state.hasUnsyncedChanges;
  if (state.phase === 'stopped' && state.stop) {
    const { code, reason, isFinal } = state.stop;
    return { kind: 'stopped', code, reason, canRetry: !isFinal, hasUnsyncedChanges };
  }
  if (state.phase === 'open') {
    return state.isServerSynced && !hasUnsyncedChanges ? { kind: 'synced' } : { kind: 'syncing', hasUnsyncedChanges };
  }
  if (!state.isBrowserOnline) return { kind: 'offline', hasUnsyncedChanges };
  if (!state.hasConnectedOnce && state.attempt === 0) return { kind: 'connecting' };
  return {
    kind: 'reconnecting',
    attempt: state.attempt,
    retryAt: state.phase === 'waiting' ? state.retryAt : null,
    lastCloseCode: state.lastCloseCode,
    hasUnsyncedChanges,
  };
}

