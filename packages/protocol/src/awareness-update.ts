import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * One entry of an awareness update: a client's state at a logical clock.
 * `stateJson` is kept as the JSON text it arrived as (`"null"` means "removed"), so a relay
 * can forward it without re-serialising.
 */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly stateJson: string;
}

/** The JSON text y-protocols uses for a removed awareness state. */
export const REMOVED_STATE_JSON = 'null';

/** Decodes an awareness update (y-protocols/awareness wire format). Throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const stateJson = decoding.readVarString(decoder);
    entries.push({ clientId, clock, stateJson });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update');
  return entries;
}

/** Encodes awareness entries into an awareness update. */
export function encodeAwarenessUpdate(entries: Iterable<AwarenessEntry>): Uint8Array {
  const list = [...entries];
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, list.length);
  for (const entry of list) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.stateJson);
  }
  return encoding.toUint8Array(encoder);
}
