import * as encoding from 'lib0/encoding';
import { AuthMessageType, MessageType, SyncStep } from './message-type';

/** Sync step 1: "here is my state vector, send me what I am missing". */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step1, stateVector);
}

/** Sync step 2: the missing part of the document, answering a step 1. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step2, update);
}

/** A live document update. */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.update, update);
}

/** An awareness message carrying an encoded awareness update. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** Asks the other side to send all awareness states it knows. */
export function encodeQueryAwareness(): Uint8Array {
  return Uint8Array.of(MessageType.queryAwareness);
}

/** The y-protocols auth `permission-denied` message (understood by stock providers). */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  encoding.writeVarUint(encoder, AuthMessageType.permissionDenied);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

function encodeSync(step: SyncStep, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
