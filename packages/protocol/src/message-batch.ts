/**
 * The body of an HTTP POST that carries client → relay messages when WebSockets are blocked
 * (the SSE + POST transport): each message as a 4-byte big-endian length, then its bytes.
 * Binary, so a batch costs no base64 on the way up.
 */

/** Media type of a message batch. */
export const MESSAGE_BATCH_TYPE = 'application/vnd.tandem.batch';

/** Concatenates messages, each prefixed with its length. */
export function encodeMessageBatch(messages: readonly Uint8Array[]): Uint8Array {
  const total = messages.reduce((sum, m) => sum + 4 + m.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const message of messages) {
    view.setUint32(at, message.byteLength);
    out.set(message, at + 4);
    at += 4 + message.byteLength;
  }
  return out;
}

/** Splits a batch; null when a length runs past the end (truncated or not a batch). */
export function decodeMessageBatch(body: Uint8Array): Uint8Array[] | null {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const messages: Uint8Array[] = [];
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
