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

/** The relay's view of a session: the public handle plus what only the relay may do. */
export interface ManagedSession extends Session {
  readonly user: UserIdentity | null;
  readonly access: Access | null;
  /** Joins the room once authorization granted access. */
  attach(room: Room, grant: Grant): void;
  /** Ends the session: a RelayError with its close code, anything else as 1011 INTERNAL. */
  fail(error: unknown): void;
  /** Lowers (or raises) access while connected: used by live revocation. */
  setAccess(access: Access): void;
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
  let user: UserIdentity | null = null;
  let isReady = false;
  let hasLeft = false;
  let queued: DecodedMessage[] = [];
  const timers: TimerHandle[] = [];
  let handshakeTimer: TimerHandle | null = clock.setTimeout(() => fail(new HandshakeTimeoutError(options.handshakeTimeoutMs)), options.handshakeTimeoutMs);

  const leave = (): void => {
    if (hasLeft) return;
    hasLeft = true;
    queued = [];
    if (handshakeTimer !== null) clock.clearTimeout(handshakeTimer);
    for (const timer of timers) clock.clearTimeout(timer);
    throttle.dispose();
    room?.leave(member);
    deps.onLeft(session);
  };

  const fail = (error: unknown): void => {
    if (hasLeft) return;
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
      return user;
    },
    send(message) {
      if (hasLeft) return;
      if (connection.bufferedBytes() > options.maxBufferedBytes) {
        fail(new OverloadedError('send buffer over limit', CloseReason.slowConsumer));
        return;
      }
      connection.send(message);
    },
    fail,
    markReady() {
      isReady = true;
      const backlog = queued;
      queued = [];
      try {
        for (const message of backlog) if (!hasLeft && room) room.handle(member, message);
      } catch (error) {
        fail(error);
      }
      throttle.hold('queue', false);
    },
  };

  const session: ManagedSession = {
    id: connection.id,
    doc: deps.doc,
    get user() {
      return user;
    },
    get access() {
      return access;
    },
    receive(frame) {
      if (hasLeft) return;
      if (handshakeTimer !== null) {
        clock.clearTimeout(handshakeTimer);
        handshakeTimer = null;
      }
      try {
        const decoded = decodeMessage(checkLimits(frame));
        if (!decoded.ok) throw new BadMessageError(decoded.reason, decoded.detail);
        if (isReady && room) room.handle(member, decoded.message);
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
    attach(target, grant) {
      if (hasLeft) return;
      access = grant.access;
      user = grant.user;
      if (grant.expiresAt !== null) {
        const expire = () => fail(new UnauthenticatedError('token expired', CloseReason.tokenExpired));
        timers.push(clock.setTimeout(expire, Math.max(0, grant.expiresAt - clock.now())));
      }
      room = target;
      target.join(member);
    },
    fail,
    setAccess(value) {
      access = value;
    },
  };
  return session;
}
