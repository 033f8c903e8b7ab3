import * as decoding from 'lib0/decoding';
import { CloseReason } from './close-codes';
import { MessageType, SyncStep } from './message-type';

/** A validated y-websocket message, as the relay receives it from a client. */
export type DecodedMessage =
  | { readonly kind: 'sync-step1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'sync-step2'; readonly update: Uint8Array }
  | { readonly kind: 'sync-update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'auth'; readonly payload: Uint8Array }
  | { readonly kind: 'query-awareness' };

/** Outcome of decoding a frame: a message, or the reason the frame is refused. */
export type DecodeResult =
  | { readonly ok: true; readonly message: DecodedMessage }
  | { readonly ok: false; readonly reason: CloseReason; readonly detail: string };

/**
 * Decodes one binary frame into one message. Strict: a frame holds exactly one message, so
 * trailing bytes, truncation or an unknown type are refused rather than guessed at.
 * Never throws. Payloads are views into `frame`; copy them before keeping them.
 */
export function decodeMessage(frame: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (!message.ok) return message;
    if (decoding.hasContent(decoder)) {
      return refuse(CloseReason.badMessage, 'trailing bytes after message');
    }
    return message;
  } catch (error) {
    return refuse(CloseReason.badMessage, `undecodable frame: ${describe(error)}`);
  }
}

function readMessage(decoder: decoding.Decoder): DecodeResult {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSync(decoder);
    case MessageType.awareness:
      return accept({ kind: 'awareness', update: decoding.readVarUint8Array(decoder) });
    case MessageType.auth:
      return accept({ kind: 'auth', payload: decoding.readTailAsUint8Array(decoder) });
    case MessageType.queryAwareness:
      return accept({ kind: 'query-awareness' });
    default:
      return refuse(CloseReason.unknownMessageType, `unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): DecodeResult {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (step) {
    case SyncStep.step1:
      return accept({ kind: 'sync-step1', stateVector: payload });
    case SyncStep.step2:
      return accept({ kind: 'sync-step2', update: payload });
    case SyncStep.update:
      return accept({ kind: 'sync-update', update: payload });
    default:
      return refuse(CloseReason.unknownMessageType, `unknown sync step ${step}`);
  }
}

const accept = (message: DecodedMessage): DecodeResult => ({ ok: true, message });
const refuse = (reason: CloseReason, detail: string): DecodeResult => ({ ok: false, reason, detail });

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
