/** Name of the document the crash child appends to. */
export const CRASH_DOC = 'crash/doc';

/**
 * The i-th update the crash child appends: its index, then a pattern, sometimes large enough
 * to span several pages so a kill can land in the middle of a multi-page write.
 */
export function crashPayload(index: number): Uint8Array {
  const size = index % 50 === 49 ? 12_000 : 16 + (index % 17);
  const bytes = new Uint8Array(size);
  for (let k = 0; k < size; k++) bytes[k] = (index * 31 + k) & 0xff;
  new DataView(bytes.buffer).setUint32(0, index, true);
  return bytes;
}
