import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeMessage } from './decode-message';
import {
  encodeAwarenessMessage,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './encode-message';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awareness-update';

function stockFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeMessage', () => {
  it('reads the sync messages a stock y-protocols client writes', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const step1 = stockFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    });
    const decoded = decodeMessage(step1);
    expect(decoded).toEqual({
      ok: true,
      message: { kind: 'sync-step1', stateVector: Y.encodeStateVector(doc) },
    });
    const update = Y.encodeStateAsUpdate(doc);
    const updateFrame = stockFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
    });
    expect(decodeMessage(updateFrame)).toEqual({ ok: true, message: { kind: 'sync-update', update } });
  });

  it('round-trips our own encoders', () => {
    const payload = Uint8Array.of(1, 2, 3);
    expect(decodeMessage(encodeSyncStep1(payload))).toMatchObject({ message: { kind: 'sync-step1', stateVector: payload } });
    expect(decodeMessage(encodeSyncStep2(payload))).toMatchObject({ message: { kind: 'sync-step2', update: payload } });
    expect(decodeMessage(encodeSyncUpdate(payload))).toMatchObject({ message: { kind: 'sync-update', update: payload } });
    expect(decodeMessage(encodeAwarenessMessage(payload))).toMatchObject({ message: { kind: 'awareness', update: payload } });
    expect(decodeMessage(encodeQueryAwareness())).toMatchObject({ message: { kind: 'query-awareness' } });
    expect(decodeMessage(encodePermissionDenied('no'))).toMatchObject({ message: { kind: 'auth' } });
  });

  it.each([
    ['empty frame', new Uint8Array()],
    ['truncated varint', Uint8Array.of(0x80)],
    ['sync without step', Uint8Array.of(0)],
    ['length beyond frame', Uint8Array.of(0, 2, 50, 1, 2)],
    ['trailing bytes', Uint8Array.of(3, 0)],
    ['overlong varint', Uint8Array.of(0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  ])('refuses %s as BAD_MESSAGE', (_name, frame) => {
    expect(decodeMessage(frame)).toMatchObject({ ok: false, reason: 'BAD_MESSAGE' });
  });

  it('refuses unknown message types and sync steps', () => {
    expect(decodeMessage(Uint8Array.of(9))).toMatchObject({ ok: false, reason: 'UNKNOWN_MESSAGE_TYPE' });
    expect(decodeMessage(Uint8Array.of(0, 7, 0))).toMatchObject({ ok: false, reason: 'UNKNOWN_MESSAGE_TYPE' });
  });
});

describe('awareness update codec', () => {
  it('reads what y-protocols Awareness writes, and writes what it reads', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ada', color: '#f00' } });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    const entries = decodeAwarenessUpdate(update);
    expect(entries).toEqual([{ clientId: doc.clientID, clock: 1, stateJson: '{"user":{"name":"Ada","color":"#f00"}}' }]);
    expect(encodeAwarenessUpdate(entries)).toEqual(update);

    const other = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(other, encodeAwarenessUpdate(entries), 'test');
    expect(other.getStates().get(doc.clientID)).toEqual({ user: { name: 'Ada', color: '#f00' } });
    awareness.destroy();
    other.destroy();
  });

  it('throws on truncated input', () => {
    expect(() => decodeAwarenessUpdate(Uint8Array.of(2, 1, 1))).toThrow();
  });
});
