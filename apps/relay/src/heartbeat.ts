import type { WebSocket } from 'ws';

/** Ping cadence and how long a silent connection may live. */
export interface HeartbeatOptions {
  readonly pingIntervalMs: number;
  readonly pingTimeoutMs: number;
}

/** Tracks liveness of sockets. */
export interface Heartbeat {
  watch(socket: WebSocket): void;
  stop(): void;
}

/**
 * Pings every socket and terminates the ones that have not answered (pong or any frame)
 * within the timeout. Half-open TCP connections otherwise live for hours, and with them the
 * ghost cursors of people who left.
 */
export function createHeartbeat(options: HeartbeatOptions, now: () => number = Date.now): Heartbeat {
  const lastSeen = new Map<WebSocket, number>();
  const timer = setInterval(() => {
    const deadline = now() - options.pingTimeoutMs;
    for (const [socket, seenAt] of lastSeen) {
      // A socket paused for backpressure is sending (that is why it is paused), but its pongs
      // wait unread behind its frames: it is alive. Pauses are bounded by the rate limits.
      if (socket.isPaused) lastSeen.set(socket, now());
      else if (seenAt < deadline) {
        lastSeen.delete(socket);
        socket.terminate();
      } else {
        socket.ping();
      }
    }
  }, options.pingIntervalMs);
  timer.unref();

  // Shared by every socket (ws calls listeners with the socket as `this`): no closure per socket.
  function markAlive(this: WebSocket): void {
    lastSeen.set(this, now());
  }
  function forget(this: WebSocket): void {
    lastSeen.delete(this);
  }

  return {
    watch(socket) {
      lastSeen.set(socket, now());
      socket.on('pong', markAlive);
      socket.on('message', markAlive);
      socket.on('close', forget);
    },
    stop: () => clearInterval(timer),
  };
}
