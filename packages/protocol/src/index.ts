export { MessageType, SyncStep, AuthMessageType } from './message-type';
export { CloseCode, CloseReason, isRetryable, needsLongBackoff } from './close-codes';
export { decodeMessage, type DecodedMessage, type DecodeResult } from './decode-message';
export {
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  encodeAwarenessMessage,
  encodeQueryAwareness,
  encodePermissionDenied,
} from './encode-message';
export {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  REMOVED_STATE_JSON,
  type AwarenessEntry,
} from './awareness-update';
export { parseDocName, validateDocName, MAX_DOC_NAME_BYTES, type DocNameResult, type DocNameProblem } from './doc-name';
export { resolveRole, AUTH_PROTOCOL, type Role, type DocRoles } from './doc-roles';
export { encodeMessageBatch, decodeMessageBatch, MESSAGE_BATCH_TYPE } from './message-batch';
export { parseSseEvent, type SseEvent } from './sse-event';
