import { CloseCode, CloseReason, decodeMessage, encodeAwarenessMessage, encodeAwarenessUpdate, type DecodedMessage } from '@tandem/protocol';
import {
  BadMessageError,
  HandshakeTimeoutError,
  MessageTooBigError,
  OverloadedError,
  RateLimitedError,
  RelayError,
  UnauthenticatedError,
} from './errors';
import type { Access, Clock, Connection, Grant, Logger, TimerHandle, UserIdentity } from './ports';
import type { Room } from './room';
import type { RoomMember } from './room-member';
import { createReceiveThrottle } from './receive-throttle';

const KEEPALIVE = encodeAwarenessMessage(encodeAwarenessUpdate([]));

/** A connection's handle into the core: the host pushes frames and the close event in. */
export interface Session {
  readonly id: string;
  readonly doc: string;
  /** One frame from the client: bytes for a binary frame, a string for a text frame. */
  receive(frame: Uint8Array | string): void;
  /** The transport closed (for any reason). Idempotent. */
  closed(): void;
}

/** Per-connection message and byte rates, with bursts. */
export interface RateLimits {
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
  readonly bytesPerSecond: number;
  readonly bytesBurst: number;
}

/** Limits applied per session. */
export interface SessionOptions {
  readonly maxMessageBytes: number;
  readonly maxBufferedBytes: number;
  /** Messages queued before the document has loaded; past this, reading pauses until it has. */
  readonly maxQueuedMessages: number;
  /** A connection must send its first message within this time. */
  readonly handshakeTimeoutMs: number;
  readonly rateLimits: RateLimits;
}

/**
 * Lifecycle of a session: `authorizing` (waiting for the authorizer) → `loading` (admitted,
 * waiting for its document) → `ready` (messages handled) → `closed`. Any phase may go to
 * `closed`; nothing leaves it.
 */
export type SessionPhase = 'authorizing' | 'loading' | 'ready' | 'closed';

/** The relay's view of a session: the public handle plus what only the relay may do. */
export interface ManagedSession extends Session {
  readonly phase: SessionPhase;
  readonly user: UserIdentity | null;
  readonly access: Access | null;
  /** The grant it was admitted with, once past `authorizing`. */
  readonly grant: Grant | null;
  /** Joins the room once authorization granted access. */
  attach(room: Room, grant: Grant): void;
  /** Ends the session: a RelayError with its close code, anything else as 1011 INTERNAL. */
  fail(error: unknown): void;
  /**
   * Makes the session read-only, now or — while still authorizing — once admitted: a grant
   * that arrives later never raises it back.
   */
  downgrade(): void;
}

/** Everything a session is made of. */
export interface SessionDeps {
  readonly connection: Connection;
  readonly doc: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: SessionOptions;
  /** Called once when the session has ended. */
  readonly onLeft: (session: ManagedSession) => void;
}

/**
 * Creates a session. It queues messages until `attach` (authorization and loading can take a
 * moment) and is the single boundary where RelayErrors are caught: it logs them and closes
 * only this connection.
 */
export function createSession(deps: SessionDeps): ManagedSession {
  const { connection, clock, logger, options } = deps;
  const throttle = createReceiveThrottle({
    connection,
    clock,
    rateLimits: options.rateLimits,
    maxMessageBytes: options.maxMessageBytes,
    // An awareness update with no entries: a stock client counts it as traffic and changes nothing.
    sendKeepalive: () => connection.send(KEEPALIVE),
  });
  let room: Room | null = null;
  let access: Access | null = null;
  let isDowngraded = false;
  let grant: Grant | null = null;
  let phase: SessionPhase = 'authorizing';
  let queued: DecodedMessage[] = [];
  const timers: TimerHandle[] = [];
  let handshakeTimer: TimerHandle | null = clock.setTimeout(() => fail(new HandshakeTimeoutError(options.handshakeTimeoutMs)), options.handshakeTimeoutMs);

  const leave = (): void => {
    if (phase === 'closed') return;
    phase = 'closed';
    queued = [];
    if (handshakeTimer !== null) clock.clearTimeout(handshakeTimer);
    for (const timer of timers) clock.clearTimeout(timer);
    throttle.dispose();
    room?.leave(member);
    deps.onLeft(session);
  };

  const fail = (error: unknown): void => {
    if (phase === 'closed') return;
    if (error instanceof RelayError) {
      logger.warn({ doc: deps.doc, sessionId: connection.id, code: error.closeCode, reason: error.closeReason, detail: error.message }, 'closing session');
      connection.close(error.closeCode, error.closeReason);
    } else {
      logger.error({ doc: deps.doc, sessionId: connection.id, err: error }, 'unexpected error, closing session');
      connection.close(CloseCode.internal, CloseReason.internal);
    }
    leave();
  };

  const checkLimits = (frame: Uint8Array | string): Uint8Array => {
    if (typeof frame === 'string') throw new BadMessageError(CloseReason.textFrame, 'text frames are not part of the protocol');
    if (frame.byteLength > options.maxMessageBytes) throw new MessageTooBigError(frame.byteLength, options.maxMessageBytes);
    if (!throttle.admit(frame.byteLength)) throw new RateLimitedError('kept sending while paused for backpressure');
    return frame;
  };

  const member: RoomMember = {
    id: connection.id,
    get access() {
      return access ?? 'read';
    },
    get user() {
      return grant?.user ?? null;
    },
    send(message) {
      if (phase === 'closed') return;
      if (connection.bufferedBytes() > options.maxBufferedBytes) {
        fail(new OverloadedError('send buffer over limit', CloseReason.slowConsumer));
        return;
      }
      connection.send(message);
    },
    fail,
    markReady() {
      if (phase !== 'loading') return;
      phase = 'ready';
      const backlog = queued;
      queued = [];
      try {
        for (const message of backlog) if (phase === 'ready' && room) room.handle(member, message);
      } catch (error) {
        fail(error);
      }
      throttle.hold('queue', false);
    },
  };

  const session: ManagedSession = {
    id: connection.id,
    doc: deps.doc,
    get phase() {
      return phase;
    },
    get user() {
      return grant?.user ?? null;
    },
    get access() {
      return access;
    },
    get grant() {
      return grant;
    },
    receive(frame) {
      if (phase === 'closed') return;
      if (handshakeTimer !== null) {
        clock.clearTimeout(handshakeTimer);
        handshakeTimer = null;
      }
      try {
        const decoded = decodeMessage(checkLimits(frame));
        if (!decoded.ok) throw new BadMessageError(decoded.reason, decoded.detail);
        if (phase === 'ready' && room) room.handle(member, decoded.message);
        else {
          queued.push(decoded.message);
          // Backpressure, not a close: the client waits for the document like everyone else.
          if (queued.length >= options.maxQueuedMessages) throttle.hold('queue', true);
        }
      } catch (error) {
        fail(error);
      }
    },
    closed: leave,
    attach(target, granted) {
      if (phase !== 'authorizing') return;
      phase = 'loading';
      grant = granted;
      // A downgrade that raced with authorization wins over the grant.
      access = isDowngraded ? 'read' : granted.access;
      if (granted.expiresAt !== null) {
        const expire = () => fail(new UnauthenticatedError('token expired', CloseReason.tokenExpired));
        timers.push(clock.setTimeout(expire, Math.max(0, granted.expiresAt - clock.now())));
      }
      room = target;
      target.join(member);
    },
    fail,
    downgrade() {
      isDowngraded = true;
      if (access !== null) access = 'read';
    },
  };
  return session;
}
