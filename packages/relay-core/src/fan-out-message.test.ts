import { describe, expect, it } from 'vitest';
import { decodeFanOutMessage, encodeFanOutMessage, type FanOutMessage } from './fan-out-message';

describe('fan-out message framing', () => {
  it.each<FanOutMessage>([
    { kind: 'update', stream: 3, seq: 70_000, update: Uint8Array.of(1, 2, 3) },
    { kind: 'awareness', awarenessUpdate: Uint8Array.of(0) },
    { kind: 'hello', stream: 1, seq: 0 },
    { kind: 'deleted' },
  ])('round-trips %o', (message) => {
    expect(decodeFanOutMessage(encodeFanOutMessage(message))).toEqual(message);
  });

  it('ignores garbage, unknown versions and trailing bytes', () => {
    const hello = encodeFanOutMessage({ kind: 'hello', stream: 1, seq: 0 });
    expect(decodeFanOutMessage(new Uint8Array())).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(2, ...hello.subarray(1)))).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(...hello, 0))).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(1, 9))).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(1, 3, 0))).toBeNull();
    expect(decodeFanOutMessage(Uint8Array.of(1, 0, 1, 1, 200))).toBeNull();
  });
});
