export { createCollabSession, type CollabSession, type CollabSessionOptions, type CollabSnapshot } from './collab-session';
export {
  initialConnectionState,
  reduceConnection,
  toConnectionStatus,
  shouldReconnectAfter,
  type ConnectionStatus,
  type ConnectionStatusKind,
  type ConnectionState,
  type ConnectionEvent,
  type SocketPhase,
} from './connection-status';
export { computeBackoffMs, normalBackoff, longBackoff, type BackoffPolicy } from './backoff';
export { createSyncLedger, type SyncLedger } from './sync-ledger';
export { createSeedUpdate, ensureSeed, BODY_FIELD, TITLE_FIELD, SEED_CLIENT_ID, SEED_ORIGIN } from './document-seed';
export { createPendingStore, type KeyValueStorage, type StoredPending } from './pending-store';
export { readPeers, toInitials, type Peer, type UserIdentity, type AwarenessLike } from './presence';
export { useCollabDoc, useCollabSnapshot } from './use-collab-doc';
export { useConnectionStatus } from './use-connection-status';
export { usePresence } from './use-presence';
export { readTokenRole, type DocRole } from './access-token';
