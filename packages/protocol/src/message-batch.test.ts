import { describe, expect, it } from 'vitest';
import { decodeMessageBatch, encodeMessageBatch } from './message-batch';

describe('message batch (SSE + POST transport)', () => {
  it('round-trips messages of any size, including empty ones', () => {
    const messages = [Uint8Array.of(0, 1, 2), new Uint8Array(0), new Uint8Array(70_000).fill(7)];
    expect(decodeMessageBatch(encodeMessageBatch(messages))).toEqual(messages);
    expect(decodeMessageBatch(new Uint8Array(0))).toEqual([]);
  });

  it('refuses a truncated batch or a length past the end', () => {
    const batch = encodeMessageBatch([Uint8Array.of(1, 2, 3)]);
    expect(decodeMessageBatch(batch.subarray(0, batch.length - 1))).toBeNull();
    expect(decodeMessageBatch(Uint8Array.of(0, 0))).toBeNull();
    expect(decodeMessageBatch(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 1))).toBeNull();
  });
});
