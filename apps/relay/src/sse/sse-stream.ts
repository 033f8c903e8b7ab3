import { randomBytes, randomUUID } from 'node:crypto';
import type { Connection } from '@tandem/relay-core';

/** Limits of one SSE stream. */
export interface SseStreamOptions {
  /** Events kept for a `Last-Event-ID` resume (newest first out when full). */
  readonly ringMessages: number;
  readonly ringBytes: number;
  /** How long a stream without a GET attached (dropped, or never opened) lives on. */
  readonly detachedGraceMs: number;
  /** Bytes queued towards one response before its queue counts as full. */
  readonly highWaterBytes: number;
}

/**
 * One relay session carried over Server-Sent Events (relay → client) and POSTs (client →
 * relay). The session outlives a single GET: when the response drops, what the relay sends
 * meanwhile is kept in a small ring, and a GET with `Last-Event-ID` replays the gap. Its `id`
 * is a random capability (never logged); the connection's own id is what logs show.
 */
export interface SseStream {
  readonly id: string;
  readonly doc: string;
  /** The Authorization header it was opened with: its POSTs must present the same one. */
  readonly authorization: string | null;
  readonly connection: Connection;
  /** Ended: closed by the relay or the client, or dropped for too long. */
  readonly isEnded: boolean;
  /**
   * A new response body continuing after `lastEventId` (null: from the start), replacing any
   * response attached before; null when the ring no longer holds that gap.
   */
  attach(lastEventId: number | null): ReadableStream<Uint8Array> | null;
  /** Writes an SSE comment, so proxies see traffic on an idle stream. */
  heartbeat(): void;
  /** Resolves while the relay reads this client's messages (see Connection.pauseReading). */
  whenReadable(): Promise<void>;
  /** The client is done (DELETE) or cannot resume: ends the stream. Idempotent. */
  end(): void;
  /** Called once, when the session is over (closed by either side, or dropped for too long). */
  onSessionEnd(listener: () => void): void;
  /** Called once, when nothing can resume the stream any more (after the session ended). */
  onGone(listener: () => void): void;
}

interface RingEvent {
  readonly id: number;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();
const COMMENT = encoder.encode(':\n\n');

/** Creates a detached stream for `doc`; the first GET must attach within the grace period. */
export function createSseStream(doc: string, authorization: string | null, options: SseStreamOptions): SseStream {
  const ring: RingEvent[] = [];
  let ringBytes = 0;
  let lastId = 0;
  let carrier: ReadableStreamDefaultController<Uint8Array> | null = null;
  /** Bytes sent while no response was attached: what the client still has to fetch. */
  let detachedBytes = 0;
  let isClosed = false;
  let isEnded = false;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  let isPaused = false;
  let readableWaiters: Array<() => void> = [];
  const sessionListeners: Array<() => void> = [];
  const goneListeners: Array<() => void> = [];
  const finishSession = (): void => {
    for (const listener of sessionListeners.splice(0)) listener();
  };

  const startGrace = (): void => {
    stopGrace();
    graceTimer = setTimeout(end, options.detachedGraceMs);
    graceTimer.unref();
  };
  const stopGrace = (): void => {
    if (graceTimer !== null) clearTimeout(graceTimer);
    graceTimer = null;
  };
  function end(): void {
    if (isEnded) return;
    isEnded = true;
    stopGrace();
    closeCarrier();
    // A paused POST must not wait forever for a session that is gone.
    isPaused = false;
    for (const resolve of readableWaiters.splice(0)) resolve();
    finishSession();
    for (const listener of goneListeners.splice(0)) listener();
  }
  const closeCarrier = (): void => {
    const current = carrier;
    carrier = null;
    try {
      current?.close();
    } catch {
      // already closed by the client
    }
  };
  const write = (bytes: Uint8Array): void => {
    if (carrier === null) {
      detachedBytes += bytes.byteLength;
      return;
    }
    try {
      carrier.enqueue(bytes);
    } catch {
      carrier = null;
    }
  };
  const push = (text: string): void => {
    lastId += 1;
    const bytes = encoder.encode(`id: ${lastId}\n${text}\n\n`);
    ring.push({ id: lastId, bytes });
    ringBytes += bytes.byteLength;
    while (ring.length > 1 && (ring.length > options.ringMessages || ringBytes > options.ringBytes)) {
      ringBytes -= ring.shift()!.bytes.byteLength;
    }
    write(bytes);
  };

  const connection: Connection = {
    id: randomUUID(),
    send(message) {
      if (isClosed || isEnded) return;
      push(`data: ${Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString('base64')}`);
    },
    close(code, reason) {
      if (isClosed || isEnded) return;
      isClosed = true;
      // The close is an event like any other, so a client that resumes still learns why.
      push(`event: close\ndata: ${JSON.stringify({ code, reason })}`);
      closeCarrier();
      // Kept for the grace period so a resume replays the close; the session ends now.
      startGrace();
      queueMicrotask(finishSession);
    },
    bufferedBytes() {
      if (carrier === null) return detachedBytes;
      return Math.max(0, options.highWaterBytes - (carrier.desiredSize ?? 0));
    },
    pauseReading() {
      isPaused = true;
    },
    resumeReading() {
      isPaused = false;
      for (const resolve of readableWaiters.splice(0)) resolve();
    },
  };

  startGrace();
  return {
    id: randomBytes(18).toString('base64url'),
    doc,
    authorization,
    connection,
    get isEnded() {
      return isEnded;
    },
    attach(lastEventId) {
      if (isEnded) return null;
      const after = lastEventId ?? 0;
      const firstKept = ring[0]?.id ?? lastId + 1;
      // Every event after `after` must still be in the ring (or there are none).
      if (after > lastId || (after < lastId && firstKept > after + 1)) return null;
      closeCarrier();
      stopGrace();
      detachedBytes = 0;
      const replay = ring.filter((event) => event.id > after);
      let self: ReadableStreamDefaultController<Uint8Array> | null = null;
      return new ReadableStream<Uint8Array>(
        {
          start(controller) {
            self = controller;
            // Tells EventSource clients to come back quickly after a drop.
            controller.enqueue(encoder.encode('retry: 1000\n\n'));
            for (const event of replay) controller.enqueue(event.bytes);
            if (isClosed) controller.close();
            else carrier = controller;
          },
          cancel() {
            // The client went away: keep the session for a resume, but not forever.
            if (carrier !== self) return;
            carrier = null;
            if (!isClosed) startGrace();
          },
        },
        new ByteLengthQueuingStrategy({ highWaterMark: options.highWaterBytes }),
      );
    },
    heartbeat() {
      if (carrier !== null) write(COMMENT);
    },
    whenReadable() {
      if (!isPaused) return Promise.resolve();
      return new Promise((resolve) => readableWaiters.push(resolve));
    },
    end() {
      isClosed = true;
      end();
    },
    onSessionEnd(listener) {
      sessionListeners.push(listener);
    },
    onGone(listener) {
      goneListeners.push(listener);
    },
  };
}
