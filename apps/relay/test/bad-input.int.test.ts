import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncUpdate } from '@tandem/protocol';
import { closeOf, startTestRelay, synced, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

const MAX_MESSAGE_BYTES = 64 * 1024;

const hostileFrames: [string, () => Buffer | string, number, string][] = [
  ['a text frame', () => 'hello relay', 4400, 'TEXT_FRAME'],
  ['an undecodable frame (truncated varint)', () => Buffer.from([0x80]), 4400, 'BAD_MESSAGE'],
  ['a length prefix beyond the frame', () => Buffer.from([0, 2, 100, 1, 2, 3]), 4400, 'BAD_MESSAGE'],
  ['an unknown message type', () => Buffer.from([7, 0]), 4400, 'UNKNOWN_MESSAGE_TYPE'],
  ['an unknown sync step', () => Buffer.from([0, 9, 0]), 4400, 'UNKNOWN_MESSAGE_TYPE'],
  ['a corrupt Yjs update', () => Buffer.from(encodeSyncUpdate(Uint8Array.of(5, 200, 1, 2, 3, 4))), 4400, 'CORRUPT_UPDATE'],
  ['a V2-encoded update', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'v2 is not accepted');
    return Buffer.from(encodeSyncUpdate(Y.encodeStateAsUpdateV2(doc)));
  }, 4400, 'CORRUPT_UPDATE'],
  ['a frame over the size limit', () => Buffer.alloc(MAX_MESSAGE_BYTES + 1), 1009, ''],
];

describe('bad input closes only the offending connection and stores nothing from it', () => {
  it.each(hostileFrames)('%s', async (_name, makeFrame, code, reason) => {
    relay = await startTestRelay({ relay: { maxMessageBytes: MAX_MESSAGE_BYTES } });
    const writer = relay.provider('victim');
    const bystander = relay.provider('elsewhere');
    await Promise.all([synced(writer), synced(bystander)]);
    writer.doc.getText('t').insert(0, 'accepted before the attack');
    await waitFor(async () => ((await relay.store.load('victim'))?.updates.length ?? 0) > 0);
    const before = await relay.store.load('victim');

    const attacker = await relay.rawSocket('/victim');
    const closed = closeOf(attacker);
    attacker.send(makeFrame());
    const result = await closed;
    expect(result.code).toBe(code);
    if (reason) expect(result.reason).toBe(reason);

    expect(await relay.store.load('victim')).toEqual(before);
    // The relay is still up and serves the same doc and others.
    writer.doc.getText('t').insert(0, '+');
    bystander.doc.getText('t').insert(0, 'still fine');
    const fresh = relay.provider('victim');
    await synced(fresh);
    await waitFor(() => fresh.doc.getText('t').toString() === '+accepted before the attack');
    const res = await fetch(`${relay.httpUrl}/healthz`);
    expect(res.status).toBe(200);
  });

  it.each([
    ['a name over 255 bytes', `/${'x'.repeat(256)}`, 'longer than 255 bytes'],
    ['a name over 255 bytes once decoded', `/${encodeURIComponent('ü'.repeat(128))}`, 'longer than 255 bytes'],
    ['an empty name', '/', 'empty'],
    ['broken percent-encoding', '/%E0%A4%A', 'percent-encoding'],
    ['a control character', '/a%00b', 'control characters'],
    ['an unsupported protocol version', '/doc?v=99', 'unsupported protocol version'],
  ])('refuses %s with HTTP 400 before the upgrade', async (_name, path, message) => {
    relay = await startTestRelay();
    const error = await relay.rawSocket(path).then(() => null, (e: Error) => e);
    expect(error?.message).toBe('HTTP 400');
    // The same request as plain HTTP shows the JSON reason.
    const res = await fetch(`${relay.httpUrl}${path}`, { headers: { connection: 'upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } }).catch(() => null);
    if (res) {
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(message);
    }
  });

  it('accepts a name of exactly 255 bytes and the query string is ignored', async () => {
    relay = await startTestRelay();
    const socket = await relay.rawSocket(`/${'y'.repeat(255)}?token=abc&v=1`);
    expect(socket.readyState).toBe(socket.OPEN);
  });
});
