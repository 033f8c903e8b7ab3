/** One Server-Sent Events block, as the relay's `/sync/<doc>` stream sends them. */
export interface SseEvent {
  /** `message` unless the block names another (`close`). */
  readonly event: string;
  /** The `data:` lines joined with `\n`; empty when there were none. */
  readonly data: string;
  /** The `id:` field, or null when the block had none. */
  readonly id: string | null;
}

/**
 * Parses one event block (the text between two blank lines) by the EventSource rules the relay
 * relies on: `field: value` lines, one optional space after the colon, `\r\n` line ends allowed,
 * comment lines (`:` first, the heartbeats) skipped. The browser client and the bench's Node
 * client both read the stream through this.
 */
export function parseSseEvent(block: string): SseEvent {
  let event = 'message';
  let data = '';
  let id: string | null = null;
  for (const rawLine of block.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data = data ? `${data}\n${value}` : value;
    else if (field === 'id') id = value;
  }
  return { event, data, id };
}
