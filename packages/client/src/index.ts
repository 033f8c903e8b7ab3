export { createCollabSession, type CollabSession, type CollabSessionOptions, type CollabSnapshot } from './collab-session';
export {
  initialConnectionState,
  reduceConnection,
  toConnectionStatus,
  shouldReconnectAfter,
  DOCUMENT_DELETED_CODE,
  type ConnectionStatus,
  type ConnectionStatusKind,
  type ConnectionState,
  type ConnectionEvent,
  type SocketPhase,
} from './connection-status';
export { computeBackoffMs, normalBackoff, longBackoff, type BackoffPolicy } from './backoff';
export { createSyncLedger, type SyncLedger } from './sync-ledger';
export { BODY_FIELD, TITLE_FIELD } from './document-schema';
export { indexedDbLocalCopy, type LocalCopy, type LocalCopyFactory } from './local-copy';
export { createMemoryLocalCopies } from './memory-local-copy';
export { startPresenceHeartbeat, PRESENCE_HEARTBEAT_MS } from './presence-heartbeat';
export { createPendingStore, type KeyValueStorage, type StoredPending } from './pending-store';
export { readPeers, toInitials, type Peer, type UserIdentity, type AwarenessLike } from './presence';
export { useCollabDoc, useCollabSnapshot, type CollabDocState } from './use-collab-doc';
export { useConnectionStatus } from './use-connection-status';
export { usePresence } from './use-presence';
export { readTokenRole, type DocRole } from './access-token';
export { useBrowserId } from './use-browser-id';
export { AWAY_AFTER_MS, GONE_AFTER_MS } from './presence';
export { SseSocket, toSyncUrl } from './sse-socket';
