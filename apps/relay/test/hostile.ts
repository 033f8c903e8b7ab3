import { expect } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { encodeSyncStep1, encodeSyncUpdate } from '@tandem/protocol';
import { waitFor, type TestRelay } from './harness';

/** How an attack ended for the attacking connection. */
export type AttackOutcome =
  | { readonly kind: 'closed'; readonly code: number; readonly reason: string }
  | { readonly kind: 'refused'; readonly status: number }
  | { readonly kind: 'open' };

/** Opens a socket, sends `frames`, and reports how the relay answered within `waitMs`. */
export async function attack(
  relay: TestRelay,
  path: string,
  frames: readonly (Uint8Array | string)[],
  options: { waitMs?: number; headers?: Record<string, string>; protocols?: string[] } = {},
): Promise<AttackOutcome> {
  const socket = new WebSocket(`${relay.wsUrl}${path}`, options.protocols ?? [], { headers: options.headers ?? {} });
  socket.on('error', () => undefined);
  const opened = await new Promise<AttackOutcome | null>((resolve) => {
    socket.once('open', () => resolve(null));
    socket.once('unexpected-response', (_req, res) => resolve({ kind: 'refused', status: res.statusCode ?? 0 }));
    socket.once('error', () => resolve({ kind: 'refused', status: 0 }));
  });
  if (opened) return opened;
  const closed = new Promise<AttackOutcome>((resolve) =>
    socket.once('close', (code, reason) => resolve({ kind: 'closed', code, reason: reason.toString() })),
  );
  for (const frame of frames) if (socket.readyState === WebSocket.OPEN) socket.send(frame);
  const timeout = new Promise<AttackOutcome>((resolve) => setTimeout(() => resolve({ kind: 'open' }), options.waitMs ?? 1_500));
  const outcome = await Promise.race([closed, timeout]);
  socket.terminate();
  return outcome;
}

/** The stored bytes of `doc`, to compare before and after an attack. */
export async function storedSnapshot(relay: TestRelay, doc: string): Promise<string> {
  await relay.server.relay.flush();
  const stored = await relay.store.load(doc);
  const replica = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(replica, update);
  return JSON.stringify({ text: replica.getText('t').toString(), sv: [...Y.encodeStateVector(replica)] });
}

/** Proves the relay still serves: a fresh raw client on `doc` gets a sync answer. */
export async function expectStillServing(relay: TestRelay, doc: string, path = `/${doc}`): Promise<void> {
  const socket = new WebSocket(`${relay.wsUrl}${path}`);
  socket.on('error', () => undefined);
  let answered = false;
  socket.on('message', (data: Buffer) => {
    if (data[0] === 0 && data[1] === 1) answered = true;
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(encodeSyncStep1(Uint8Array.of(0)));
  await waitFor(() => answered, 5_000, `a sync answer on ${doc}`);
  socket.terminate();
  const health = await fetch(`${relay.httpUrl}/healthz`);
  expect(health.status).toBe(200);
}

/** A valid update that inserts `text` into Y.Text('t'). */
export function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Writes `text` into `doc` as a trusted client and waits until it is stored. */
export async function seed(relay: TestRelay, path: string, text: string): Promise<void> {
  const outcome = await attack(relay, path, [encodeSyncUpdate(textUpdate(text))], { waitMs: 200 });
  expect(outcome.kind).toBe('open');
  await relay.server.relay.flush();
}
