import { CloseReason, MessageType, SyncStep } from '@tandem/protocol';

/** Label values of the y-websocket message type: a fixed set, whatever a client sends. */
export const MESSAGE_KIND_LABELS = ['sync_step1', 'sync_step2', 'sync_update', 'awareness', 'query_awareness', 'auth', 'other'] as const;
/** The `type` label of a message. */
export type MessageKind = (typeof MESSAGE_KIND_LABELS)[number];

/** Store operations that can fail (the `operation` label of store errors). */
export const STORE_OPERATIONS = ['load', 'append', 'compact', 'list', 'remove', 'ping', 'save_version'] as const;
/** The `operation` label of a store error. */
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

const SYNC_KINDS: Readonly<Record<number, MessageKind>> = {
  [SyncStep.step1]: 'sync_step1',
  [SyncStep.step2]: 'sync_step2',
  [SyncStep.update]: 'sync_update',
};

/**
 * The message type of one frame, from its first bytes only (no decoding of the payload).
 * Types and sync steps are varuints below 128, so each is exactly one byte; anything else,
 * text frames included, is `other`.
 */
export function messageKindOf(frame: Uint8Array | string): MessageKind {
  if (typeof frame === 'string' || frame.byteLength === 0) return 'other';
  switch (frame[0]) {
    case MessageType.sync:
      return (frame.byteLength > 1 && SYNC_KINDS[frame[1] as number]) || 'other';
    case MessageType.awareness:
      return 'awareness';
    case MessageType.queryAwareness:
      return 'query_awareness';
    case MessageType.auth:
      return 'auth';
    default:
      return 'other';
  }
}

const KNOWN_REASONS: ReadonlySet<string> = new Set(Object.values(CloseReason));

/** A close reason as a label value: only the relay's own reason tokens, anything else `OTHER`. */
export function closeReasonLabel(reason: string): string {
  return KNOWN_REASONS.has(reason) ? reason : 'OTHER';
}

/** A close code as a label value: WebSocket codes are 1000–4999, anything else `other`. */
export function closeCodeLabel(code: number): string {
  return Number.isInteger(code) && code >= 1000 && code <= 4999 ? String(code) : 'other';
}
