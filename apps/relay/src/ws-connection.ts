import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import type { Connection } from '@tandem/relay-core';

/** How long a closing socket may take to finish the close handshake before it is cut. */
const CLOSE_HANDSHAKE_MS = 2_000;

/** Adapts a `ws` socket to the core's Connection port. */
export function createWsConnection(socket: WebSocket): Connection {
  return {
    id: randomUUID(),
    send(message) {
      if (socket.readyState === WebSocket.OPEN) socket.send(message, { binary: true });
    },
    close(code, reason) {
      if (socket.readyState !== WebSocket.OPEN && socket.readyState !== WebSocket.CONNECTING) return;
      socket.close(code, reason);
      // A client that never answers the close frame must not hold the socket open.
      setTimeout(() => socket.terminate(), CLOSE_HANDSHAKE_MS).unref();
    },
    bufferedBytes: () => socket.bufferedAmount,
    // ws stops reading the TCP socket: the kernel's receive window fills and the sender waits.
    pauseReading: () => socket.pause(),
    resumeReading: () => socket.resume(),
  };
}
