import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { decodeFanOutMessage, encodeFanOutMessage, readFanOutPublishedAt, type FanOutMessage } from './fan-out-message';

/** An update message as relays encoded it before `publishedAt` existed. */
function legacyUpdate(stream: number, seq: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, 1);
  encoding.writeUint8(encoder, 0);
  encoding.writeVarUint(encoder, stream);
  encoding.writeVarUint(encoder, seq);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('fan-out message framing', () => {
  it.each<FanOutMessage>([
    { kind: 'update', stream: 3, seq: 70_000, update: Uint8Array.of(1, 2, 3), publishedAt: 1_796_000_000_123 },
    { kind: 'awareness', awarenessUpdate: Uint8Array.of(0) },
    { kind: 'hello', stream: 1, seq: 0 },
    { kind: 'deleted' },
  ])('round-trips %o', (message) => {
    expect(decodeFanOutMessage(encodeFanOutMessage(message))).toEqual(message);
  });

  it('ignores garbage, unknown versions and truncated messages', () => {
    const hello = encodeFanOutMessage({ kind: 'hello', stream: 1, seq: 0 });
    expect(decodeFanOutMessage(new Uint8Array())).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(2, ...hello.subarray(1)))).toBeNull();
    expect(decodeFanOutMessage(hello.subarray(0, hello.length - 1))).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(1, 9))).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(1, 0, 1, 1, 200))).toBeNull();
  });

  it('reads fields it knows and ignores what a newer relay appended', () => {
    const hello = encodeFanOutMessage({ kind: 'hello', stream: 1, seq: 4 });
    expect(decodeFanOutMessage(Uint8Array.of(...hello, 7, 7))).toEqual({ kind: 'hello', stream: 1, seq: 4 });
  });

  it('reads an update of a relay that predates publishedAt as published at 0', () => {
    const bytes = legacyUpdate(2, 5, Uint8Array.of(9, 9));
    expect(decodeFanOutMessage(bytes)).toEqual({ kind: 'update', stream: 2, seq: 5, update: Uint8Array.of(9, 9), publishedAt: 0 });
    expect(readFanOutPublishedAt(bytes)).toBeNull();
  });

  it('readFanOutPublishedAt finds the publish time of updates only, without decoding the update', () => {
    const update = new Uint8Array(300).fill(5);
    expect(readFanOutPublishedAt(encodeFanOutMessage({ kind: 'update', stream: 1, seq: 1, update, publishedAt: 1_796_000_000_000 }))).toBe(1_796_000_000_000);
    expect(readFanOutPublishedAt(encodeFanOutMessage({ kind: 'hello', stream: 1, seq: 1 }))).toBeNull();
    expect(readFanOutPublishedAt(Uint8Array.of(1, 0, 1))).toBeNull();
  });
});
