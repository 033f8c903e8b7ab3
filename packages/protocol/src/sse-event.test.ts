import { describe, expect, it } from 'vitest';
import { parseSseEvent } from './sse-event';

describe('parseSseEvent', () => {
  it('reads event, id and multi-line data; skips comments; tolerates CRLF', () => {
    expect(parseSseEvent(': heartbeat\r\nid: 7\r\ndata: AAE=\r\ndata:second')).toEqual({ event: 'message', data: 'AAE=\nsecond', id: '7' });
    expect(parseSseEvent('event: close\ndata: {"code":4410,"reason":"DOCUMENT_DELETED"}')).toEqual({
      event: 'close',
      data: '{"code":4410,"reason":"DOCUMENT_DELETED"}',
      id: null,
    });
  });

  it('a comment-only block is an empty message without an id', () => {
    expect(parseSseEvent(': keep-alive')).toEqual({ event: 'message', data: '', id: null });
  });
});
