import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createWsConnection } from './ws-connection';

let server: WebSocketServer | null = null;
afterEach(async () => {
  server?.clients.forEach((client) => client.terminate());
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** A server-side socket and a client receiving from it, on loopback. */
async function connectedPair(): Promise<{ serverSide: WebSocket; client: WebSocket }> {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const [serverSide] = await accepted;
  await once(client, 'open');
  return { serverSide, client };
}

describe('ws connection', () => {
  it('writes the frames of one delivery round to a socket in one go', async () => {
    const { serverSide, client } = await connectedPair();
    const raw = (serverSide as unknown as { _socket: Duplex })._socket;
    const writes: number[] = [];
    // One entry per time the socket hands data to the kernel: a write or a writev.
    const original = { write: raw._write.bind(raw), writev: raw._writev?.bind(raw) };
    raw._write = (chunk, encoding, callback) => {
      writes.push(1);
      original.write(chunk, encoding, callback);
    };
    raw._writev = (chunks, callback) => {
      writes.push(chunks.length);
      original.writev!(chunks, callback);
    };
    const received: Buffer[] = [];
    const allReceived = new Promise<void>((resolve) =>
      client.on('message', (data: Buffer) => {
        if (received.push(data) === 5) resolve();
      }),
    );

    const connection = createWsConnection(serverSide);
    // A group commit resolves its appends together; their broadcasts run as microtasks.
    await Promise.resolve();
    for (let i = 0; i < 5; i++) connection.send(Uint8Array.of(0, 2, 1, i));
    await allReceived;

    expect(received.map((frame) => frame.at(-1))).toEqual([0, 1, 2, 3, 4]);
    expect(writes).toHaveLength(1);
    client.close();
  });
});
