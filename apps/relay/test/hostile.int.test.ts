import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJwtAuthorizer, createTokenIssuer, createVerificationKey } from '@tandem/auth-jwt';
import {
  encodeAwarenessMessage,
  encodeAwarenessUpdate,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '@tandem/protocol';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import { join } from 'node:path';
import { startTestRelay, tempDir, waitFor, type TestRelay, type TestRelayOptions } from './harness';
import { attack, expectStillServing, seed, storedSnapshot, textUpdate, type AttackOutcome } from './hostile';

const SECRET = 'hostile-suite-secret-with-enough-bytes!!';
const issuer = createTokenIssuer(SECRET);
const editor = await issuer.issue({ sub: 'editor', docs: { '*': 'editor' }, ttlSeconds: 3600 });
const otherEditor = await issuer.issue({ sub: 'other-editor', docs: { '*': 'editor' }, ttlSeconds: 3600 });
const viewer = await issuer.issue({ sub: 'viewer', docs: { '*': 'viewer' }, ttlSeconds: 3600 });
const narrow = await issuer.issue({ sub: 'narrow', docs: { 'other/*': 'editor' }, ttlSeconds: 3600 });
const expired = await createTokenIssuer(SECRET, { now: () => Date.now() - 7_200_000 }).issue({ sub: 'old', docs: { '*': 'editor' }, ttlSeconds: 60 });
const wrongKey = await createTokenIssuer('another-secret-with-enough-bytes-000000').issue({ sub: 'x', docs: { '*': 'editor' }, ttlSeconds: 3600 });
const authorizer = createJwtAuthorizer(await createVerificationKey({ kind: 'secret', secret: SECRET }));

const VICTIM = 'victim';
const MAX_MESSAGE_BYTES = 256 * 1024;
const as = (token: string, doc = VICTIM) => `/${doc}?token=${token}`;
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};
const bytes = (...values: number[]) => Uint8Array.of(...values);
const awareness = (clientId: number, stateJson: string, clock = 1) => encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId, clock, stateJson }]));

interface HostileCase {
  readonly name: string;
  readonly expected: AttackOutcome | { kind: 'closed'; code: number; reason?: string };
  readonly path?: string;
  readonly frames?: () => (Uint8Array | string)[];
  readonly headers?: Record<string, string>;
  readonly relay?: TestRelayOptions;
  readonly waitMs?: number;
}

const closed = (code: number, reason?: string) => ({ kind: 'closed' as const, code, ...(reason ? { reason } : {}) });
const refused = (status: number) => ({ kind: 'refused' as const, status });
const stays = { kind: 'open' as const };

const frameCases: HostileCase[] = [
  { name: 'text frame', frames: () => ['{"type":"sync"}'], expected: closed(4400, 'TEXT_FRAME') },
  { name: 'empty binary frame', frames: () => [bytes()], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'truncated varint', frames: () => [bytes(0x80)], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'overlong varint (beyond 2^53)', frames: () => [bytes(0, 2, ...Array(10).fill(0xff), 0x01)], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'sync message without a step', frames: () => [bytes(0)], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'unknown sync step', frames: () => [bytes(0, 9, 0)], expected: closed(4400, 'UNKNOWN_MESSAGE_TYPE') },
  { name: 'unknown message type', frames: () => [bytes(7)], expected: closed(4400, 'UNKNOWN_MESSAGE_TYPE') },
  { name: 'huge message type varint', frames: () => [bytes(...varint(2 ** 40))], expected: closed(4400, 'UNKNOWN_MESSAGE_TYPE') },
  { name: 'length prefix beyond the frame', frames: () => [bytes(0, 2, ...varint(1_000_000), 1, 2, 3)], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'trailing bytes after a valid message', frames: () => [bytes(3, 0, 0)], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'random bytes as an update', frames: () => [encodeSyncUpdate(bytes(5, 200, 1, 2, 3, 4, 9, 9))], expected: closed(4400, 'CORRUPT_UPDATE') },
  { name: 'truncated valid update', frames: () => { const u = textUpdate('truncate me'); return [encodeSyncUpdate(u.slice(0, u.length - 5))]; }, expected: closed(4400, 'CORRUPT_UPDATE') },
  { name: 'V2-encoded update', frames: () => { const d = new Y.Doc(); d.getText('t').insert(0, 'v2'); return [encodeSyncStep2(Y.encodeStateAsUpdateV2(d))]; }, expected: closed(4400, 'CORRUPT_UPDATE') },
  { name: 'update claiming 2^31 struct groups', frames: () => [encodeSyncUpdate(bytes(...varint(2 ** 31), 1, 2))], expected: closed(4400, 'CORRUPT_UPDATE') },
  { name: 'invalid state vector in sync step 1', frames: () => [encodeSyncStep1(bytes(5, 1))], expected: closed(4400, 'BAD_MESSAGE') },
  { name: 'truncated awareness update', frames: () => [encodeAwarenessMessage(bytes(2, 1, 1))], expected: closed(4400, 'BAD_AWARENESS') },
  { name: 'awareness state that is not JSON (ignored, never forwarded)', frames: () => [awareness(991, '{not json')], expected: stays },
  { name: 'oversized awareness state (ignored)', frames: () => [awareness(992, JSON.stringify({ pad: 'x'.repeat(100_000) }))], expected: stays },
  { name: 'frame over the size limit', frames: () => [new Uint8Array(MAX_MESSAGE_BYTES + 1)], expected: closed(1009) },
  // Floods are slowed (the relay stops reading the socket), not closed: see backpressure.int.test.ts.
  { name: 'message flood (slowed, not closed)', frames: () => Array.from({ length: 300 }, () => encodeQueryAwareness()), relay: { relay: { rateLimits: { messagesPerSecond: 50, messageBurst: 100, bytesPerSecond: 1 << 20, bytesBurst: 1 << 22 } } }, expected: stays },
  { name: 'byte flood (slowed, not closed)', frames: () => Array.from({ length: 20 }, (_, i) => awareness(7, JSON.stringify({ pad: 'b'.repeat(60_000) }), i + 1)), relay: { relay: { rateLimits: { messagesPerSecond: 1000, messageBurst: 1000, bytesPerSecond: 64 * 1024, bytesBurst: 256 * 1024 } } }, expected: stays },
  { name: 'connection that never speaks', frames: () => [], relay: { relay: { handshakeTimeoutMs: 300 } }, expected: closed(4508, 'HANDSHAKE_TIMEOUT') },
];

const authCases: HostileCase[] = [
  { name: 'no token', path: `/${VICTIM}`, frames: () => [encodeSyncStep1(bytes(0))], expected: closed(4401, 'UNAUTHENTICATED') },
  { name: 'malformed token', path: as('not-a-jwt'), frames: () => [encodeSyncStep1(bytes(0))], expected: closed(4401, 'UNAUTHENTICATED') },
  { name: 'token signed with another key', path: as(wrongKey), frames: () => [encodeSyncStep1(bytes(0))], expected: closed(4401, 'UNAUTHENTICATED') },
  { name: 'expired token', path: as(expired), frames: () => [encodeSyncStep1(bytes(0))], expected: closed(4401, 'UNAUTHENTICATED') },
  { name: 'token for other documents', path: as(narrow), frames: () => [encodeSyncStep1(bytes(0))], expected: closed(4403, 'FORBIDDEN') },
  { name: 'unauthenticated write', path: `/${VICTIM}`, frames: () => [encodeSyncUpdate(textUpdate('sneaky'))], expected: closed(4401, 'UNAUTHENTICATED') },
  { name: 'viewer write (refused with permission-denied, stays connected)', path: as(viewer), frames: () => [encodeSyncUpdate(textUpdate('vandal'))], expected: stays },
  { name: 'write after expiry', path: undefined, frames: () => [], expected: closed(4401, 'TOKEN_EXPIRED') },
  { name: 'foreign browser origin', headers: { origin: 'https://evil.example' }, relay: { allowedOrigins: new Set(['https://docs.example']) }, frames: () => [], expected: refused(403) },
  { name: 'too many connections from one address', relay: { maxConnectionsPerAddress: 1 }, frames: () => [], expected: refused(429) },
];

const nameCases: HostileCase[] = [
  { name: 'doc name over 255 bytes', path: `/${'n'.repeat(256)}?token=${editor}`, frames: () => [], expected: refused(400) },
  { name: 'percent-encoded NUL in the doc name', path: `/a%00b?token=${editor}`, frames: () => [], expected: refused(400) },
  { name: 'broken percent-encoding', path: `/%E0%A4%A?token=${editor}`, frames: () => [], expected: refused(400) },
  { name: 'unsupported protocol version', path: `/${VICTIM}?v=2&token=${editor}`, frames: () => [], expected: refused(400) },
  { name: 'oversized URL', path: `/${VICTIM}?token=${editor}&pad=${'p'.repeat(20_000)}`, frames: () => [], expected: refused(431) },
];

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

describe('hostile input over real sockets: expected close, others still served, stored document unchanged', () => {
  it.each([...frameCases, ...authCases, ...nameCases].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    relay = await startTestRelay({ authorizer, relay: { maxMessageBytes: MAX_MESSAGE_BYTES }, ...c.relay });
    await seed(relay, as(editor), 'accepted before the attack');
    const before = await storedSnapshot(relay, VICTIM);

    let outcome: AttackOutcome;
    if (c.name === 'write after expiry') {
      // 2 s, not 1: exp has 1 s granularity, so a 1 s token may already be expired when it connects.
      const shortLived = await issuer.issue({ sub: 'brief', docs: { '*': 'editor' }, ttlSeconds: 2 });
      outcome = await attack(relay, as(shortLived), [encodeSyncStep1(bytes(0))], { waitMs: 3_000 });
    } else if (c.name === 'too many connections from one address') {
      const holder = attack(relay, as(editor), [], { waitMs: 1_000 });
      await waitFor(() => relay.server.relay.stats().sessions >= 1);
      outcome = await attack(relay, as(editor), []);
      await holder;
    } else {
      outcome = await attack(relay, c.path ?? as(editor), c.frames?.() ?? [], { ...(c.headers ? { headers: c.headers } : {}), waitMs: c.waitMs ?? 1_500 });
    }
    expect(outcome).toMatchObject(c.expected);
    expect(await storedSnapshot(relay, VICTIM)).toBe(before);
    await expectStillServing(relay, VICTIM, as(editor));
    await expectStillServing(relay, 'bystander', as(editor, 'bystander'));
  });

  it('awareness for a client ID another connection owns is ignored', async () => {
    relay = await startTestRelay({ authorizer });
    const owner = await import('ws').then(({ WebSocket }) => new WebSocket(`${relay.wsUrl}${as(editor)}`));
    owner.on('error', () => undefined);
    await new Promise((resolve) => owner.once('open', resolve));
    owner.send(awareness(4242, '{"cursor":"owner-cursor"}'));
    await waitFor(() => relay.server.relay.stats().sessions === 1);
    // Another user (the same user's own reconnect may take its ID over: see awareness.test.ts).
    const outcome = await attack(relay, as(otherEditor), [awareness(4242, '{"cursor":"impostor-cursor"}', 99)], { waitMs: 300 });
    expect(outcome.kind).toBe('open');
    const watcher = await import('ws').then(({ WebSocket }) => new WebSocket(`${relay.wsUrl}${as(editor)}`));
    const seen: Buffer[] = [];
    watcher.on('message', (d: Buffer) => seen.push(d));
    await new Promise((resolve) => watcher.once('open', resolve));
    watcher.send(encodeQueryAwareness());
    await waitFor(() => seen.some((d) => d[0] === 1));
    const text = Buffer.concat(seen.filter((d) => d[0] === 1)).toString('latin1');
    expect(text).toContain('owner-cursor');
    expect(text).not.toContain('impostor-cursor');
    owner.terminate();
    watcher.terminate();
  });

  it('path tricks in doc names are opaque keys: nothing is written outside the database', async () => {
    const dir = tempDir();
    const store = createSqliteDocStore({ path: join(dir.path, 'tandem.db') });
    relay = await startTestRelay({ store });
    // (A bare `..` segment never reaches a server from a WHATWG URL client: it is normalised away.)
    for (const name of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E%2Fsecret', 'C%3A%5Cwindows', 'a%2F..%2F..%2Fb', '%2Ftmp%2Fabsolute']) {
      await seed(relay, `/${name}`, `content of ${name}`);
    }
    const names = (await relay.store.list()).map((d) => d.name).sort();
    expect(names).toEqual(['../../etc/passwd', '../secret', 'C:\\windows', 'a/../../b', '/tmp/absolute'].sort());
    expect(readdirSync(dir.path).every((f) => f.startsWith('tandem.db'))).toBe(true);
    dir.cleanup();
  });

  it('oversized request headers are refused with 431 and the relay stays up', async () => {
    relay = await startTestRelay();
    const status = await new Promise<number>((resolve) => {
      const req = request(`${relay.httpUrl}/x`, { headers: { 'x-pad': 'h'.repeat(64 * 1024), connection: 'upgrade', upgrade: 'websocket' } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', () => resolve(-1));
      req.end();
    });
    expect(status).toBe(431);
    await expectStillServing(relay, 'after-headers');
  });

  it('a slow consumer is disconnected before its backlog exceeds the bound', async () => {
    relay = await startTestRelay({ relay: { maxBufferedBytes: 256 * 1024, rateLimits: { messagesPerSecond: 1e6, messageBurst: 1e6, bytesPerSecond: 1e9, bytesBurst: 1e9 } } });
    const { WebSocket } = await import('ws');
    const slow = new WebSocket(`${relay.wsUrl}/firehose`);
    slow.on('error', () => undefined);
    await new Promise((resolve) => slow.once('open', resolve));
    const slowClosed = new Promise<number>((resolve) => slow.once('close', (code) => resolve(code)));
    slow.send(encodeSyncStep1(bytes(0)));
    await waitFor(() => relay.server.relay.stats().sessions === 1);
    (slow as unknown as { _socket: { pause(): void } })._socket.pause();
    const writer = new WebSocket(`${relay.wsUrl}/firehose`);
    await new Promise((resolve) => writer.once('open', resolve));
    const chunk = 'x'.repeat(16 * 1024);
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => writer.send(encodeSyncUpdate(u)));
    for (let i = 0; i < 400 && relay.server.relay.stats().sessions === 2; i++) {
      doc.getText('t').insert(0, chunk);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    (slow as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await slowClosed).toBe(1013);
    writer.terminate();
    await expectStillServing(relay, 'firehose');
  });
});
