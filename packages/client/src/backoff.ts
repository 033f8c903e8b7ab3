/** Shape of a reconnect backoff: a doubling ceiling between a base and a maximum. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

/** Backoff for ordinary drops (network loss, relay restart). */
export const normalBackoff: BackoffPolicy = { baseMs: 500, maxMs: 10_000 };

/** Backoff when the relay asked clients to slow down (4529 rate limited, 1013 overloaded). */
export const longBackoff: BackoffPolicy = { baseMs: 5_000, maxMs: 60_000 };

/**
 * Delay before reconnect attempt `attempt` (1 = first retry), with "equal jitter": half of
 * the ceiling is fixed, half is random. The random half spreads a crowd of clients that lost
 * the same relay at the same instant; the fixed half keeps any one client from hammering.
 */
export function computeBackoffMs(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceilingMs = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceilingMs / 2 + random() * (ceilingMs / 2));
}
