/**
 * Edits carry a marker in their text so a reader can tell which edit it observed without
 * holding a Y.Doc: Yjs writes inserted strings as UTF-8 inside the update, and a relay that
 * re-encodes or merges updates keeps each inserted string contiguous, so the marker bytes
 * survive every relay. Control characters keep a marker from ever matching ordinary text.
 */
const PREFIX = '\u0001\u0003';
const SUFFIX = '\u0002';
const PREFIX_BYTES = Buffer.from(PREFIX, 'latin1');
const SUFFIX_BYTE = 0x02;
const MAX_ID_DIGITS = 11;

/** The text of the edit with id `id` (a non-negative integer). */
export function markerText(id: number): string {
  return `${PREFIX}${id.toString(36)}${SUFFIX}`;
}

/** Calls `onMarker` for every marker id found in `bytes` (an update or a whole frame). */
export function scanMarkers(bytes: Uint8Array, onMarker: (id: number) => void): void {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let from = buffer.indexOf(PREFIX_BYTES);
  while (from !== -1) {
    const start = from + PREFIX_BYTES.length;
    let end = start;
    while (end < buffer.length && end - start <= MAX_ID_DIGITS && isBase36Digit(buffer[end]!)) end++;
    if (end > start && buffer[end] === SUFFIX_BYTE) {
      onMarker(Number.parseInt(buffer.toString('latin1', start, end), 36));
      from = buffer.indexOf(PREFIX_BYTES, end + 1);
    } else {
      from = buffer.indexOf(PREFIX_BYTES, start);
    }
  }
}

function isBase36Digit(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7a);
}
