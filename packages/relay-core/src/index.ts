export type * from './ports';
export { createRelay, defaultRelayOptions, type Relay, type RelayDeps, type RelayOptions, type RelayStats, type ConnectRequest, type Revocation, type DocumentDeletion } from './relay';
export type { Session, SessionOptions, RateLimits } from './session';
export { createLongTimers, MAX_TIMER_DELAY_MS, type HostTimers } from './long-timers';
export { createAllowAllAuthorizer } from './allow-all-authorizer';
export {
  RelayError,
  BadMessageError,
  MessageTooBigError,
  StorageUnavailableError,
  OverloadedError,
  UnauthenticatedError,
  ForbiddenError,
  RateLimitedError,
  HandshakeTimeoutError,
  DocumentDeletedError,
} from './errors';
export { createDocState, type DocState } from './doc-state';
export { foldUncoveredUpdates } from './snapshot-coverage';
export { validateUpdate, type UpdateCheck } from './validate-update';
export { createAwarenessRegistry, type AwarenessRegistry } from './awareness-registry';
export { shouldCompact, type CompactionThresholds, type LogSize } from './compaction-policy';
export { createMemoryDocStore, type MemoryDocStore } from './memory/memory-doc-store';
export { createLocalFanOutHub, type LocalFanOutHub } from './memory/local-fan-out';
export { parseNumericVersionId } from './version-id';
export { createVersionRecorder, defaultVersionOptions, type VersionOptions, type VersionRecorder } from './version-recorder';
export { versionsToDrop, defaultVersionRetention, type VersionRetention } from './version-retention';
export { snapshotFromStore } from './version-snapshot';
export { editAuthor } from './edit-author';
export { readFanOutPublishedAt } from './fan-out-message';
export { createScratchDoc } from './scratch-doc';
