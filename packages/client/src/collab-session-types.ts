import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import type { ConnectionStatus } from './connection-status';
import type { LocalCopyFactory } from './local-copy';
import type { KeyValueStorage } from './pending-store';

/** Options of a collaboration session. */
export interface CollabSessionOptions {
  /** Relay WebSocket base URL, e.g. `ws://127.0.0.1:1234`; the URL-encoded document name is appended. */
  readonly serverUrl: string;
  readonly docName: string;
  /**
   * The document was just created in this browser, so it is known to be empty: it may be
   * edited before the relay answers. Any other document stays read-only until it has synced
   * with the relay once (on this device, now or on an earlier visit).
   */
  readonly isNew?: boolean;
  /** This device's copy of the document (default: IndexedDB where it exists; null: none). */
  readonly localCopy?: LocalCopyFactory | null;
  /** Where unconfirmed changes are remembered across reloads (default: localStorage). */
  readonly storage?: KeyValueStorage | null;
  readonly random?: () => number;
  /** Access token for a relay with auth (sent as a WebSocket sub-protocol, never in the URL). */
  readonly token?: string | null;
  /** WebSocket constructor (tests in Node pass `ws`). */
  readonly WebSocketImpl?: typeof WebSocket;
  /**
   * `auto` (default): WebSocket, switching to SSE + POST after `sseAfterFailedUpgrades`
   * WebSocket attempts in a row never opened, and probing WebSocket again every
   * `webSocketProbeMs` while on SSE. `sse` / `websocket` force one transport.
   */
  readonly transport?: TransportMode;
  /** Failed WebSocket upgrades in a row before `auto` switches to SSE (default 3). */
  readonly sseAfterFailedUpgrades?: number;
  /** While on the SSE fallback, how often a WebSocket is tried again (default 5 min). */
  readonly webSocketProbeMs?: number;
  /** How often this tab renews its presence (default 3 s), so others can tell when it drops. */
  readonly presenceHeartbeatMs?: number;
}

/** What UI code renders from a session; replaced (never mutated) on every change. */
export interface CollabSnapshot {
  readonly status: ConnectionStatus;
  /**
   * The content is known: it has synced with the relay (now or on an earlier visit to this
   * device), or the document was created here. Before that, an empty document would be a lie.
   */
  readonly isReady: boolean;
  /** The token grants viewing only, or the relay refused an edit: show the document read-only. */
  readonly isReadOnly: boolean;
  /** The person may type now: ready, not read-only, and not stopped by a refusal. */
  readonly canEdit: boolean;
  /** What carries the session now: a WebSocket, or the SSE + POST fallback. */
  readonly transport: Transport;
}

/** How a session picks its transport. */
export type TransportMode = 'auto' | 'websocket' | 'sse';
/** The transport a session is using. */
export type Transport = 'websocket' | 'sse';

/** One open document: a Y.Doc kept in sync with the relay and this device's copy. */
export interface CollabSession {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The y-websocket provider, for TipTap's collaboration caret. */
  readonly provider: WebsocketProvider;
  readonly docName: string;
  /** Opens the local copy and the connection. Call once. */
  start(): void;
  /** Closes everything and removes every listener. */
  dispose(): void;
  /** Try again after the relay stopped us (user action); does nothing after a final refusal. */
  retry(): void;
  getSnapshot(): CollabSnapshot;
  subscribe(listener: () => void): () => void;
}
