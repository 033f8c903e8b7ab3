import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';
import type { Connection } from '@tandem/relay-core';

/** How long a closing socket may take to finish the close handshake before it is cut. */
const CLOSE_HANDSHAKE_MS = 2_000;

/**
 * Sockets written to since the last flush, each corked once. One delivery round — a group
 * commit resolving, then every broadcast it releases running as microtasks — fills them; the
 * flush after the microtasks sends each socket's frames in one `writev` instead of one per
 * frame (socket writes were a third of the relay's CPU under load). Shared by every
 * connection, so it costs nothing per connection.
 */
const corked = new Set<Duplex>();

function flushCorked(): void {
  for (const raw of corked) raw.uncork();
  corked.clear();
}

/** ws keeps its net.Socket in `_socket` (not in its types; stable since ws 1). */
function rawSocketOf(socket: WebSocket): Duplex | undefined {
  return (socket as unknown as { _socket?: Duplex })._socket;
}

/**
 * A random UUID as one flat string. `randomUUID()` returns a rope of ~15 concatenated pieces
 * that V8 keeps as they are (~0.5 KB of heap for 36 characters) for as long as the id lives:
 * a connection's lifetime, in its session, room and logs. Copying it through Latin-1 bytes
 * gives a plain 36-byte string.
 */
function flatUuid(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

/**
 * Adapts a `ws` socket to the core's Connection port. A class: one small object per
 * connection with its methods on the prototype, where an object literal of arrow functions
 * cost a context and six closures per idle connection.
 */
class WsConnection implements Connection {
  readonly id = flatUuid();

  constructor(private readonly socket: WebSocket) {}

  send(message: Uint8Array): void {
    const { socket } = this;
    if (socket.readyState !== WebSocket.OPEN) return;
    const raw = rawSocketOf(socket);
    if (raw && !corked.has(raw)) {
      // process.nextTick runs once the current microtasks have drained: after the round.
      if (corked.size === 0) process.nextTick(flushCorked);
      raw.cork();
      corked.add(raw);
    }
    socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    const { socket } = this;
    if (socket.readyState !== WebSocket.OPEN && socket.readyState !== WebSocket.CONNECTING) return;
    socket.close(code, reason);
    // A client that never answers the close frame must not hold the socket open.
    setTimeout(() => socket.terminate(), CLOSE_HANDSHAKE_MS).unref();
  }

  bufferedBytes(): number {
    return this.socket.bufferedAmount;
  }

  /** ws stops reading the TCP socket: the kernel's receive window fills and the sender waits. */
  pauseReading(): void {
    this.socket.pause();
  }

  resumeReading(): void {
    this.socket.resume();
  }
}

/** Adapts a `ws` socket to the core's Connection port. */
export function createWsConnection(socket: WebSocket): Connection {
  return new WsConnection(socket);
}
