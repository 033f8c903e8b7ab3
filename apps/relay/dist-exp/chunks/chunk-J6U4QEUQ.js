import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  CloseReason,
  MessageType,
  SyncStep
} from "./chunk-IM3GHKGN.js";

// src/metrics/label-values.ts
var MESSAGE_KIND_LABELS = ["sync_step1", "sync_step2", "sync_update", "awareness", "query_awareness", "auth", "other"];
var STORE_OPERATIONS = ["load", "append", "compact", "list", "remove", "ping"];
var SYNC_KINDS = {
  [SyncStep.step1]: "sync_step1",
  [SyncStep.step2]: "sync_step2",
  [SyncStep.update]: "sync_update"
};
function messageKindOf(frame) {
  if (typeof frame === "string" || frame.byteLength === 0) return "other";
  switch (frame[0]) {
    case MessageType.sync:
      return frame.byteLength > 1 && SYNC_KINDS[frame[1]] || "other";
    case MessageType.awareness:
      return "awareness";
    case MessageType.queryAwareness:
      return "query_awareness";
    case MessageType.auth:
      return "auth";
    default:
      return "other";
  }
}
var KNOWN_REASONS = new Set(Object.values(CloseReason));
function closeReasonLabel(reason) {
  return KNOWN_REASONS.has(reason) ? reason : "OTHER";
}
function closeCodeLabel(code) {
  return Number.isInteger(code) && code >= 1e3 && code <= 4999 ? String(code) : "other";
}

export {
  MESSAGE_KIND_LABELS,
  STORE_OPERATIONS,
  messageKindOf,
  closeReasonLabel,
  closeCodeLabel
};
