import type { RateLimits } from './session';
import type { Clock, Connection, TimerHandle } from './ports';
import { createTokenBucket, type TokenBucket } from './token-bucket';

/**
 * How often a paused connection is sent a keepalive. Stock y-websocket closes a socket that
 * received nothing for 30 s, and a connection we stopped reading may hear nothing else.
 */
export const THROTTLE_KEEPALIVE_MS = 10_000;

/**
 * Slack over `maxMessageBytes` for frames that arrive while reading is paused. A transport
 * stops after the chunk it is parsing (at most 64 KiB, plus one frame it had partly buffered),
 * so more than this means pausing is not working and the flood cannot be contained.
 */
export const PAUSED_SLACK_BYTES = 1024 * 1024;

/** Why reading is held: over the rate, or waiting for the document with a full queue. */
export type HoldReason = 'rate' | 'queue';

/** Backpressure on one connection's incoming frames. */
export interface ReceiveThrottle {
  /**
   * Counts one received frame against the rates, pausing reading when over them.
   * Returns false when the connection sent more than pausing can contain: close it (4529).
   */
  admit(byteLength: number): boolean;
  /** Holds (or releases) reading for a reason other than the rate. */
  hold(reason: 'queue', isHeld: boolean): void;
  readonly isPaused: boolean;
  dispose(): void;
}

/** What a throttle needs. `keepalive` is a frame the client takes as traffic and ignores. */
export interface ReceiveThrottleDeps {
  readonly connection: Connection;
  readonly clock: Clock;
  readonly rateLimits: RateLimits;
  readonly maxMessageBytes: number;
  readonly keepalive: Uint8Array;
}

/** Bit of each hold reason in {@link Throttle.holds}. */
const HOLD_BIT: Readonly<Record<HoldReason, number>> = { rate: 1, queue: 2 };

/**
 * Backpressure instead of disconnection: a connection over its message or byte rate is not
 * closed but simply not read (TCP then slows the sender) until its token buckets are back in
 * credit. A stock client that writes as fast as it can is thereby slowed to the rate and never
 * loses an edit; only a sender that keeps delivering while paused is disconnected.
 *
 * A class with its state in fields, and closures only for timers that are running: every
 * connection has a throttle, and a closure-based one cost ~1 KB per idle connection.
 */
class Throttle implements ReceiveThrottle {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  /** HOLD_BIT of each reason reading is held for; 0 when reading. */
  private holds = 0;
  private resumeTimer: TimerHandle | null = null;
  private keepaliveTimer: TimerHandle | null = null;
  private lastKeepaliveAt = -Infinity;
  private bytesWhilePaused = 0;
  private isDisposed = false;

  constructor(private readonly deps: ReceiveThrottleDeps) {
    const { rateLimits, clock } = deps;
    this.messages = createTokenBucket(rateLimits.messagesPerSecond, rateLimits.messageBurst, clock);
    this.bytes = createTokenBucket(rateLimits.bytesPerSecond, rateLimits.bytesBurst, clock);
  }

  get isPaused(): boolean {
    return this.holds !== 0;
  }

  admit(byteLength: number): boolean {
    if (this.holds !== 0) {
      this.bytesWhilePaused += byteLength;
      if (this.bytesWhilePaused > this.deps.maxMessageBytes + PAUSED_SLACK_BYTES) return false;
    }
    this.messages.spend(1);
    this.bytes.spend(byteLength);
    if (this.resumeTimer === null) this.checkRate();
    return true;
  }

  hold(reason: HoldReason, isHeld: boolean): void {
    const bit = HOLD_BIT[reason];
    if (this.isDisposed || ((this.holds & bit) !== 0) === isHeld) return;
    const wasPaused = this.holds !== 0;
    this.holds = isHeld ? this.holds | bit : this.holds & ~bit;
    if (!wasPaused && this.holds !== 0) {
      this.bytesWhilePaused = 0;
      this.deps.connection.pauseReading();
      this.keepalive();
    } else if (wasPaused && this.holds === 0) {
      if (this.keepaliveTimer !== null) this.deps.clock.clearTimeout(this.keepaliveTimer);
      this.keepaliveTimer = null;
      this.deps.connection.resumeReading();
    }
  }

  dispose(): void {
    this.isDisposed = true;
    if (this.resumeTimer !== null) this.deps.clock.clearTimeout(this.resumeTimer);
    if (this.keepaliveTimer !== null) this.deps.clock.clearTimeout(this.keepaliveTimer);
    this.resumeTimer = this.keepaliveTimer = null;
  }

  private keepalive(): void {
    this.keepaliveTimer = null;
    if (this.holds === 0 || this.isDisposed) return;
    const { clock } = this.deps;
    if (clock.now() - this.lastKeepaliveAt >= THROTTLE_KEEPALIVE_MS) {
      this.lastKeepaliveAt = clock.now();
      this.deps.connection.send(this.deps.keepalive);
    }
    this.keepaliveTimer = clock.setTimeout(() => this.keepalive(), THROTTLE_KEEPALIVE_MS);
  }

  private checkRate(): void {
    this.resumeTimer = null;
    const waitMs = Math.max(this.messages.msUntilSettled(), this.bytes.msUntilSettled());
    if (waitMs > 0) {
      this.resumeTimer = this.deps.clock.setTimeout(() => this.checkRate(), waitMs);
      this.hold('rate', true);
    } else {
      this.hold('rate', false);
    }
  }
}

/** Creates the throttle of one connection. */
export function createReceiveThrottle(deps: ReceiveThrottleDeps): ReceiveThrottle {
  return new Throttle(deps);
}
