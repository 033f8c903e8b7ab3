import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { encodeAwarenessMessage, encodeAwarenessUpdate, encodeSyncStep1, encodeSyncUpdate } from '@tandem/protocol';
import { startTestRelay, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

const gc = (globalThis as { gc?: () => void }).gc;

/** One short visit: connect, sync, write a little, set a cursor, leave. */
async function visit(url: string, docIndex: number, cycle: number): Promise<void> {
  const socket = new WebSocket(`${url}/leak-${docIndex}`);
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const doc = new Y.Doc();
  doc.getText('t').insert(0, `visit ${cycle};`);
  const synced = new Promise<void>((resolve) => socket.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve()));
  socket.send(encodeSyncStep1(Y.encodeStateVector(doc)));
  socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
  socket.send(encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId: doc.clientID, clock: 1, stateJson: '{"user":{"name":"v"}}' }])));
  await synced;
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.close();
  await closed;
}

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe('lifecycle', () => {
  it('5,000 connect/disconnect cycles over 500 documents leave the heap flat and nothing loaded', async () => {
    expect(gc, 'run with --expose-gc').toBeTypeOf('function');
    relay = await startTestRelay({ relay: { unloadGraceMs: 20 } });
    const run = async (cycles: number, offset: number) => {
      const parallel = 25;
      for (let i = 0; i < cycles; i += parallel) {
        await Promise.all(Array.from({ length: parallel }, (_, j) => visit(relay.wsUrl, (offset + i + j) % 500, offset + i + j)));
      }
      await waitFor(() => relay.server.relay.stats().rooms === 0, 15_000, 'every doc unloaded');
    };
    await run(1_000, 0); // warm-up: every doc now exists in the store, JIT and pools are warm
    const before = heapMb();
    await run(5_000, 1_000);
    const after = heapMb();
    const stats = relay.server.relay.stats();
    console.info(`[lifecycle] heap before ${before.toFixed(1)} MB, after 5,000 cycles ${after.toFixed(1)} MB (Δ ${(after - before).toFixed(2)} MB); rooms ${stats.rooms}, sessions ${stats.sessions}`);
    expect(stats).toMatchObject({ rooms: 0, sessions: 0, roomBytes: 0 });
    expect(after - before).toBeLessThan(8);
  }, 120_000);
});
