import type { RateLimits } from './session';
import type { Clock, Connection, TimerHandle } from './ports';
import { createTokenBucket } from './token-bucket';

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

/** What a throttle needs. `sendKeepalive` sends the client something harmless. */
export interface ReceiveThrottleDeps {
  readonly connection: Connection;
  readonly clock: Clock;
  readonly rateLimits: RateLimits;
  readonly maxMessageBytes: number;
  readonly sendKeepalive: () => void;
}

/**
 * Backpressure instead of disconnection: a connection over its message or byte rate is not
 * closed but simply not read (TCP then slows the sender) until its token buckets are back in
 * credit. A stock client that writes as fast as it can is thereby slowed to the rate and never
 * loses an edit; only a sender that keeps delivering while paused is disconnected.
 */
export function createReceiveThrottle(deps: ReceiveThrottleDeps): ReceiveThrottle {
  const { connection, clock, rateLimits } = deps;
  const now = () => clock.now();
  const messages = createTokenBucket(rateLimits.messagesPerSecond, rateLimits.messageBurst, now);
  const bytes = createTokenBucket(rateLimits.bytesPerSecond, rateLimits.bytesBurst, now);
  const holds = new Set<HoldReason>();
  let resumeTimer: TimerHandle | null = null;
  let keepaliveTimer: TimerHandle | null = null;
  let lastKeepaliveAt = -Infinity;
  let bytesWhilePaused = 0;
  let isDisposed = false;

  const msUntilSettled = (): number => Math.max(messages.msUntilSettled(), bytes.msUntilSettled());

  const keepalive = (): void => {
    keepaliveTimer = null;
    if (holds.size === 0 || isDisposed) return;
    if (now() - lastKeepaliveAt >= THROTTLE_KEEPALIVE_MS) {
      lastKeepaliveAt = now();
      deps.sendKeepalive();
    }
    keepaliveTimer = clock.setTimeout(keepalive, THROTTLE_KEEPALIVE_MS);
  };

  const setHold = (reason: HoldReason, isHeld: boolean): void => {
    if (isDisposed || holds.has(reason) === isHeld) return;
    const wasPaused = holds.size > 0;
    if (isHeld) holds.add(reason);
    else holds.delete(reason);
    if (!wasPaused && holds.size > 0) {
      bytesWhilePaused = 0;
      connection.pauseReading();
      keepalive();
    } else if (wasPaused && holds.size === 0) {
      if (keepaliveTimer !== null) clock.clearTimeout(keepaliveTimer);
      keepaliveTimer = null;
      connection.resumeReading();
    }
  };

  const checkRate = (): void => {
    resumeTimer = null;
    const waitMs = msUntilSettled();
    if (waitMs > 0) {
      resumeTimer = clock.setTimeout(checkRate, waitMs);
      setHold('rate', true);
    } else {
      setHold('rate', false);
    }
  };

  return {
    admit(byteLength) {
      if (holds.size > 0) {
        bytesWhilePaused += byteLength;
        if (bytesWhilePaused > deps.maxMessageBytes + PAUSED_SLACK_BYTES) return false;
      }
      messages.spend(1);
      bytes.spend(byteLength);
      if (resumeTimer === null) checkRate();
      return true;
    },
    hold: setHold,
    get isPaused() {
      return holds.size > 0;
    },
    dispose() {
      isDisposed = true;
      if (resumeTimer !== null) clock.clearTimeout(resumeTimer);
      if (keepaliveTimer !== null) clock.clearTimeout(keepaliveTimer);
      resumeTimer = keepaliveTimer = null;
    },
  };
}
