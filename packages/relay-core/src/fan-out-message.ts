import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What relays say to each other about one document over the FanOut, framed by the core so
 * every adapter only moves bytes.
 *
 * - `update`: an update this relay stored, numbered per stream (one stream per room opening
 *   per relay), so a receiver notices a lost message as a gap in the numbers.
 * - `awareness`: presence changes of this relay's own clients (a y-protocols awareness update).
 * - `hello`: "this room is live here, my stream is at `seq`": sent whenever the subscription
 *   (re)goes live. Receivers compare `seq` with what they saw (a gap means catch up) and answer
 *   with their own clients' presence, so a new room sees everyone at once.
 * - `deleted`: the document was deleted through this relay (DELETE /api/docs/:name). Receivers
 *   close their sessions of it with 4410, flush what they accepted, remove it from the store
 *   themselves (so a write of theirs still in flight cannot bring it back) and drop the room.
 *   Added after the first release under the same format version: a relay that predates it
 *   drops the message as malformed (and keeps serving the document until its clients leave).
 *
 * Fields added later are appended to a kind's encoding, and receivers ignore bytes after the
 * fields they know. `publishedAt` on updates came that way (for the fan-out lag metric); a relay
 * from before it that rejects trailing bytes drops such an update as malformed, sees the gap
 * in `seq` on the next one and catches up from the store: nothing is lost, only delayed.
 */
export type FanOutMessage =
  | {
      readonly kind: 'update';
      readonly stream: number;
      readonly seq: number;
      readonly update: Uint8Array;
      /** The publisher's wall clock (ms since the epoch) when it published; 0 from relays that predate it. */
      readonly publishedAt: number;
    }
  | { readonly kind: 'awareness'; readonly awarenessUpdate: Uint8Array }
  | { readonly kind: 'hello'; readonly stream: number; readonly seq: number }
  | { readonly kind: 'deleted' };

/** Bumped on an incompatible change; receivers ignore versions they do not know. */
const FORMAT_VERSION = 1;
const KIND_CODE = { update: 0, awareness: 1, hello: 2, deleted: 3 } as const;

/** Encodes a message for `FanOut.publish`. */
export function encodeFanOutMessage(message: FanOutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, FORMAT_VERSION);
  encoding.writeUint8(encoder, KIND_CODE[message.kind]);
  switch (message.kind) {
    case 'update':
      encoding.writeVarUint(encoder, message.stream);
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint8Array(encoder, message.update);
      encoding.writeVarUint(encoder, Math.max(0, Math.round(message.publishedAt)));
      break;
    case 'awareness':
      encoding.writeVarUint8Array(encoder, message.awarenessUpdate);
      break;
    case 'hello':
      encoding.writeVarUint(encoder, message.stream);
      encoding.writeVarUint(encoder, message.seq);
      break;
    case 'deleted':
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes a received message; `null` for anything malformed or of an unknown version. */
export function decodeFanOutMessage(bytes: Uint8Array): FanOutMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readUint8(decoder) !== FORMAT_VERSION) return null;
    const kind = decoding.readUint8(decoder);
    let message: FanOutMessage | null = null;
    if (kind === KIND_CODE.update) {
      const stream = decoding.readVarUint(decoder);
      const seq = decoding.readVarUint(decoder);
      // Copy: the bytes may belong to a transport buffer, and the room keeps updates.
      const update = decoding.readVarUint8Array(decoder).slice();
      const publishedAt = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : 0;
      message = { kind: 'update', stream, seq, update, publishedAt };
    } else if (kind === KIND_CODE.awareness) {
      message = { kind: 'awareness', awarenessUpdate: decoding.readVarUint8Array(decoder) };
    } else if (kind === KIND_CODE.hello) {
      message = { kind: 'hello', stream: decoding.readVarUint(decoder), seq: decoding.readVarUint(decoder) };
    } else if (kind === KIND_CODE.deleted) {
      message = { kind: 'deleted' };
    }
    // Trailing bytes are fields of a newer relay (see above).
    return message;
  } catch {
    return null;
  }
}

/**
 * When an `update` message was published (the publisher's wall clock, ms since the epoch),
 * read from its header without copying the update; `null` for other kinds, malformed bytes or
 * a publisher that did not say. For the fan-out lag metric, which wraps the FanOut port.
 */
export function readFanOutPublishedAt(bytes: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readUint8(decoder) !== FORMAT_VERSION || decoding.readUint8(decoder) !== KIND_CODE.update) return null;
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const length = decoding.readVarUint(decoder);
    decoder.pos += length;
    if (decoder.pos >= bytes.byteLength) return null;
    const publishedAt = decoding.readVarUint(decoder);
    return publishedAt > 0 ? publishedAt : null;
  } catch {
    return null;
  }
}
