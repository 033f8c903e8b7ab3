import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  createDecoder,
  createEncoder,
  hasContent,
  readTailAsUint8Array,
  readVarString,
  readVarUint,
  readVarUint8Array,
  toUint8Array,
  writeVarString,
  writeVarUint,
  writeVarUint8Array
} from "./chunk-O56Q3G3K.js";

// ../../packages/protocol/src/doc-roles.ts
function resolveRole(docs, doc) {
  const exact = Object.hasOwn(docs, doc) ? docs[doc] : void 0;
  if (exact === "viewer" || exact === "editor") return exact;
  let best = null;
  for (const [pattern, role] of Object.entries(docs)) {
    if (!pattern.endsWith("*") || role !== "viewer" && role !== "editor") continue;
    const prefix = pattern.slice(0, -1);
    if (doc.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, role };
  }
  return best?.role ?? null;
}
var AUTH_PROTOCOL = "tandem-auth";

// ../../packages/protocol/src/message-type.ts
var MessageType = {
  sync: 0,
  awareness: 1,
  /** Reserved by y-protocols for auth; the server only ever sends `permission-denied`. */
  auth: 2,
  queryAwareness: 3
};
var SyncStep = {
  step1: 0,
  step2: 1,
  update: 2
};
var AuthMessageType = {
  permissionDenied: 0
};

// ../../packages/protocol/src/close-codes.ts
var CloseCode = {
  normal: 1e3,
  goingAway: 1001,
  serviceRestart: 1012,
  messageTooBig: 1009,
  internal: 1011,
  tryAgainLater: 1013,
  badMessage: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  /** 45xx: stock y-websocket clients retry these ("try again later"); they give up on 44xx. */
  handshakeTimeout: 4508,
  /** Permanent: the document was deleted; a client must not reconnect and re-upload it. */
  documentDeleted: 4410,
  rateLimited: 4529
};
var CloseReason = {
  serviceRestart: "SERVICE_RESTART",
  messageTooBig: "MESSAGE_TOO_BIG",
  internal: "INTERNAL",
  tryAgainLater: "TRY_AGAIN_LATER",
  storageUnavailable: "STORAGE_UNAVAILABLE",
  badMessage: "BAD_MESSAGE",
  textFrame: "TEXT_FRAME",
  unknownMessageType: "UNKNOWN_MESSAGE_TYPE",
  corruptUpdate: "CORRUPT_UPDATE",
  badAwareness: "BAD_AWARENESS",
  unauthenticated: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  handshakeTimeout: "HANDSHAKE_TIMEOUT",
  rateLimited: "RATE_LIMITED",
  pingTimeout: "PING_TIMEOUT",
  tokenExpired: "TOKEN_EXPIRED",
  revoked: "REVOKED",
  slowConsumer: "SLOW_CONSUMER",
  tooManyDocuments: "TOO_MANY_DOCUMENTS",
  tooManyConnections: "TOO_MANY_CONNECTIONS",
  documentDeleted: "DOCUMENT_DELETED"
};
var retryableCodes = /* @__PURE__ */ new Set([
  CloseCode.normal,
  CloseCode.goingAway,
  1006,
  // abnormal closure (network drop): always worth another try
  CloseCode.serviceRestart,
  CloseCode.internal,
  CloseCode.tryAgainLater
]);

// ../../packages/protocol/src/decode-message.ts
function decodeMessage(frame) {
  try {
    const decoder = createDecoder(frame);
    const message = readMessage(decoder);
    if (!message.ok) return message;
    if (hasContent(decoder)) {
      return refuse(CloseReason.badMessage, "trailing bytes after message");
    }
    return message;
  } catch (error) {
    return refuse(CloseReason.badMessage, `undecodable frame: ${describe(error)}`);
  }
}
function readMessage(decoder) {
  const type = readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSync(decoder);
    case MessageType.awareness:
      return accept({ kind: "awareness", update: readVarUint8Array(decoder) });
    case MessageType.auth:
      return accept({ kind: "auth", payload: readTailAsUint8Array(decoder) });
    case MessageType.queryAwareness:
      return accept({ kind: "query-awareness" });
    default:
      return refuse(CloseReason.unknownMessageType, `unknown message type ${type}`);
  }
}
function readSync(decoder) {
  const step = readVarUint(decoder);
  const payload = readVarUint8Array(decoder);
  switch (step) {
    case SyncStep.step1:
      return accept({ kind: "sync-step1", stateVector: payload });
    case SyncStep.step2:
      return accept({ kind: "sync-step2", update: payload });
    case SyncStep.update:
      return accept({ kind: "sync-update", update: payload });
    default:
      return refuse(CloseReason.unknownMessageType, `unknown sync step ${step}`);
  }
}
var accept = (message) => ({ ok: true, message });
var refuse = (reason, detail) => ({ ok: false, reason, detail });
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

// ../../packages/protocol/src/encode-message.ts
function encodeSyncStep1(stateVector) {
  return encodeSync(SyncStep.step1, stateVector);
}
function encodeSyncStep2(update) {
  return encodeSync(SyncStep.step2, update);
}
function encodeSyncUpdate(update) {
  return encodeSync(SyncStep.update, update);
}
function encodeAwarenessMessage(awarenessUpdate) {
  const encoder = createEncoder();
  writeVarUint(encoder, MessageType.awareness);
  writeVarUint8Array(encoder, awarenessUpdate);
  return toUint8Array(encoder);
}
function encodePermissionDenied(reason) {
  const encoder = createEncoder();
  writeVarUint(encoder, MessageType.auth);
  writeVarUint(encoder, AuthMessageType.permissionDenied);
  writeVarString(encoder, reason);
  return toUint8Array(encoder);
}
function encodeSync(step, payload) {
  const encoder = createEncoder();
  writeVarUint(encoder, MessageType.sync);
  writeVarUint(encoder, step);
  writeVarUint8Array(encoder, payload);
  return toUint8Array(encoder);
}

// ../../packages/protocol/src/awareness-update.ts
var REMOVED_STATE_JSON = "null";
function decodeAwarenessUpdate(update) {
  const decoder = createDecoder(update);
  const count = readVarUint(decoder);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const clientId = readVarUint(decoder);
    const clock = readVarUint(decoder);
    const stateJson = readVarString(decoder);
    entries.push({ clientId, clock, stateJson });
  }
  if (hasContent(decoder)) throw new Error("trailing bytes after awareness update");
  return entries;
}
function encodeAwarenessUpdate(entries) {
  const list = [...entries];
  const encoder = createEncoder();
  writeVarUint(encoder, list.length);
  for (const entry of list) {
    writeVarUint(encoder, entry.clientId);
    writeVarUint(encoder, entry.clock);
    writeVarString(encoder, entry.stateJson);
  }
  return toUint8Array(encoder);
}

// ../../packages/protocol/src/doc-name.ts
var MAX_DOC_NAME_BYTES = 255;
function parseDocName(path) {
  const raw = path.startsWith("/") ? path.slice(1) : path;
  let name;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return { ok: false, problem: "bad-encoding", reason: "doc name is not valid percent-encoding" };
  }
  return validateDocName(name);
}
function validateDocName(name) {
  if (name.length === 0) return { ok: false, problem: "empty", reason: "doc name is empty" };
  if (utf8ByteLength(name) > MAX_DOC_NAME_BYTES) {
    return { ok: false, problem: "too-long", reason: `doc name is longer than ${MAX_DOC_NAME_BYTES} bytes` };
  }
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return { ok: false, problem: "control-characters", reason: "doc name contains control characters" };
  }
  return { ok: true, name };
}
function utf8ByteLength(text) {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    bytes += codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
  }
  return bytes;
}

// ../../packages/protocol/src/message-batch.ts
function decodeMessageBatch(body) {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const messages = [];
  let at = 0;
  while (at < body.byteLength) {
    if (at + 4 > body.byteLength) return null;
    const length = view.getUint32(at);
    if (at + 4 + length > body.byteLength) return null;
    messages.push(body.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return messages;
}

export {
  MessageType,
  SyncStep,
  CloseCode,
  CloseReason,
  decodeMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  encodeAwarenessMessage,
  encodePermissionDenied,
  REMOVED_STATE_JSON,
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  parseDocName,
  resolveRole,
  AUTH_PROTOCOL,
  decodeMessageBatch
};
