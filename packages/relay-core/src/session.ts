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
import { createReceiveThrottle, type ReceiveThrottle } from './receive-throttle';

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
  return new RelaySession(deps);
}

/*
 * Classes rather than closures: a relay holds thousands of idle sessions, and a closure-based
 * session (a context plus ~20 functions, with its room member and throttle) cost ~2–3 KB each.
 * Here a session is three objects with their methods on the prototypes.
 */

/** The session as its room sees it; `access` reads as `read` until a grant says more. */
class SessionMember implements RoomMember {
  constructor(private readonly session: RelaySession) {}

  get id(): string {
    return this.session.id;
  }

  get access(): Access {
    return this.session.access ?? 'read';
  }

  get user(): UserIdentity | null {
    return this.session.user;
  }

  send(message: Uint8Array): void {
    this.session.deliver(message);
  }

  fail(error: RelayError): void {
    this.session.fail(error);
  }

  markReady(): void {
    this.session.markReady();
  }
}

class RelaySession implements ManagedSession {
  readonly id: string;
  readonly doc: string;
  private readonly throttle: ReceiveThrottle;
  private readonly member: SessionMember;
  private room: Room | null = null;
  private currentAccess: Access | null = null;
  private isDowngraded = false;
  private currentGrant: Grant | null = null;
  private currentPhase: SessionPhase = 'authorizing';
  /** Messages received before the document was ready; null when none are waiting. */
  private queued: DecodedMessage[] | null = null;
  private handshakeTimer: TimerHandle | null;
  private expiryTimer: TimerHandle | null = null;

  constructor(private readonly deps: SessionDeps) {
    const { connection, clock, options } = deps;
    this.id = connection.id;
    this.doc = deps.doc;
    this.throttle = createReceiveThrottle({
      connection,
      clock,
      rateLimits: options.rateLimits,
      maxMessageBytes: options.maxMessageBytes,
      // An awareness update with no entries: a stock client counts it as traffic and changes nothing.
      keepalive: KEEPALIVE,
    });
    this.member = new SessionMember(this);
    this.handshakeTimer = clock.setTimeout(() => this.fail(new HandshakeTimeoutError(options.handshakeTimeoutMs)), options.handshakeTimeoutMs);
  }

  get phase(): SessionPhase {
    return this.currentPhase;
  }

  get user(): UserIdentity | null {
    return this.currentGrant?.user ?? null;
  }

  get access(): Access | null {
    return this.currentAccess;
  }

  get grant(): Grant | null {
    return this.currentGrant;
  }

  receive(frame: Uint8Array | string): void {
    if (this.currentPhase === 'closed') return;
    if (this.handshakeTimer !== null) {
      this.deps.clock.clearTimeout(this.handshakeTimer);
      this.handshakeTimer = null;
    }
    try {
      const decoded = decodeMessage(this.checkLimits(frame));
      if (!decoded.ok) throw new BadMessageError(decoded.reason, decoded.detail);
      if (this.currentPhase === 'ready' && this.room) this.room.handle(this.member, decoded.message);
      else {
        (this.queued ??= []).push(decoded.message);
        // Backpressure, not a close: the client waits for the document like everyone else.
        if (this.queued.length >= this.deps.options.maxQueuedMessages) this.throttle.hold('queue', true);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  closed(): void {
    this.leave();
  }

  attach(target: Room, granted: Grant): void {
    if (this.currentPhase !== 'authorizing') return;
    this.currentPhase = 'loading';
    this.currentGrant = granted;
    // A downgrade that raced with authorization wins over the grant.
    this.currentAccess = this.isDowngraded ? 'read' : granted.access;
    if (granted.expiresAt !== null) {
      const { clock } = this.deps;
      const expire = () => this.fail(new UnauthenticatedError('token expired', CloseReason.tokenExpired));
      this.expiryTimer = clock.setTimeout(expire, Math.max(0, granted.expiresAt - clock.now()));
    }
    this.room = target;
    target.join(this.member);
  }

  fail(error: unknown): void {
    if (this.currentPhase === 'closed') return;
    const { connection, logger } = this.deps;
    if (error instanceof RelayError) {
      logger.warn({ doc: this.doc, sessionId: this.id, code: error.closeCode, reason: error.closeReason, detail: error.message }, 'closing session');
      connection.close(error.closeCode, error.closeReason);
    } else {
      logger.error({ doc: this.doc, sessionId: this.id, err: error }, 'unexpected error, closing session');
      connection.close(CloseCode.internal, CloseReason.internal);
    }
    this.leave();
  }

  downgrade(): void {
    this.isDowngraded = true;
    if (this.currentAccess !== null) this.currentAccess = 'read';
  }

  /** A frame from the room to this client; a client that cannot keep up is closed. */
  deliver(message: Uint8Array): void {
    if (this.currentPhase === 'closed') return;
    const { connection, options } = this.deps;
    if (connection.bufferedBytes() > options.maxBufferedBytes) {
      this.fail(new OverloadedError('send buffer over limit', CloseReason.slowConsumer));
      return;
    }
    connection.send(message);
  }

  /** The document is loaded: handle what was queued, then read again. */
  markReady(): void {
    if (this.currentPhase !== 'loading') return;
    this.currentPhase = 'ready';
    const backlog = this.queued ?? [];
    this.queued = null;
    try {
      for (const message of backlog) if (this.currentPhase === 'ready' && this.room) this.room.handle(this.member, message);
    } catch (error) {
      this.fail(error);
    }
    this.throttle.hold('queue', false);
  }

  private checkLimits(frame: Uint8Array | string): Uint8Array {
    const { options } = this.deps;
    if (typeof frame === 'string') throw new BadMessageError(CloseReason.textFrame, 'text frames are not part of the protocol');
    if (frame.byteLength > options.maxMessageBytes) throw new MessageTooBigError(frame.byteLength, options.maxMessageBytes);
    if (!this.throttle.admit(frame.byteLength)) throw new RateLimitedError('kept sending while paused for backpressure');
    return frame;
  }

  private leave(): void {
    if (this.currentPhase === 'closed') return;
    this.currentPhase = 'closed';
    this.queued = null;
    const { clock } = this.deps;
    if (this.handshakeTimer !== null) clock.clearTimeout(this.handshakeTimer);
    if (this.expiryTimer !== null) clock.clearTimeout(this.expiryTimer);
    this.handshakeTimer = this.expiryTimer = null;
    this.throttle.dispose();
    this.room?.leave(this.member);
    this.deps.onLeft(this);
  }
}
