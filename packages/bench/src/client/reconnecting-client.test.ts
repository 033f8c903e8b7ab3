import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { encodeSyncStep2 } from '@tandem/protocol';
import { pollUntil } from '../scenarios/wait';
import { yWebsocketDialect } from './dialect';
import { isPermanentClose, ReconnectingClient, yWebsocketBackoffMs, type CloseOutcome } from './reconnecting-client';

const servers: WebSocketServer[] = [];
const clients: ReconnectingClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A y-websocket-dialect server on a free loopback port; `onSocket` decides what each connection gets. */
async function serve(options: { onSocket?: (socket: WebSocket, index: number) => void; refuseWith?: number }): Promise<string> {
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    ...(options.refuseWith ? { verifyClient: (_info: unknown, done: (ok: boolean, code?: number) => void) => done(false, options.refuseWith) } : {}),
  });
  servers.push(server);
  let index = 0;
  server.on('connection', (socket) => options.onSocket?.(socket, index++));
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

function start(baseUrl: string, outcomes: CloseOutcome[]): ReconnectingClient {
  const client = new ReconnectingClient({ baseUrl, doc: 'd', dialect: yWebsocketDialect }, (outcome) => outcomes.push(outcome));
  clients.push(client);
  client.start();
  return client;
}

describe('ReconnectingClient (stock y-websocket 3.1 reconnect rules)', () => {
  it('backs off min(2^n × 100 ms, 2.5 s) and gives up only on 4400–4499', () => {
    expect([1, 2, 3, 4, 5, 12].map(yWebsocketBackoffMs)).toEqual([200, 400, 800, 1600, 2500, 2500]);
    expect(['4400', '4403', '4499'].map(isPermanentClose)).toEqual([true, true, true]);
    expect(['1012', '1013', '4529', '4508', 'HTTP 429', 'ECONNREFUSED'].map(isPermanentClose)).toEqual([false, false, false, false, false, false]);
  });

  it('syncs again after the relay closes it with 1012, booking the close', async () => {
    const baseUrl = await serve({
      onSocket(socket, index) {
        socket.send(encodeSyncStep2(Uint8Array.of(0, 0)));
        if (index === 0) setImmediate(() => socket.close(1012, 'SERVICE_RESTART'));
      },
    });
    const outcomes: CloseOutcome[] = [];
    const client = start(baseUrl, outcomes);
    expect(await pollUntil(() => client.syncCount === 2 && client.isSynced, 5_000)).toBe(true);
    expect(outcomes).toEqual(['1012']);
    expect(client.attempts).toBe(2);
  });

  it('keeps retrying an HTTP refusal and stops for good on a 44xx close', async () => {
    const refusing = await serve({ refuseWith: 429 });
    const refused: CloseOutcome[] = [];
    const retrying = start(refusing, refused);
    expect(await pollUntil(() => retrying.attempts >= 2, 5_000)).toBe(true);
    expect(refused[0]).toBe('HTTP 429');
    expect(retrying.hasGivenUp).toBe(false);

    const forbidding = await serve({ onSocket: (socket) => socket.close(4403, 'FORBIDDEN') });
    const forbidden: CloseOutcome[] = [];
    const quitting = start(forbidding, forbidden);
    expect(await pollUntil(() => quitting.hasGivenUp, 5_000)).toBe(true);
    expect(forbidden).toEqual(['4403']);
    expect(quitting.attempts).toBe(1);
  });
});
