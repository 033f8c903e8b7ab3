/** A token bucket: `ratePerSecond` refill, holding at most `burst`. */
export interface TokenBucket {
  /** Takes `amount` tokens if available; false means the caller is over its rate. */
  take(amount: number): boolean;
}

/** Creates a full bucket. `now` is injected so tests run on a fake clock. */
export function createTokenBucket(ratePerSecond: number, burst: number, now: () => number): TokenBucket {
  let tokens = burst;
  let refilledAt = now();
  return {
    take(amount) {
      const at = now();
      tokens = Math.min(burst, tokens + ((at - refilledAt) / 1000) * ratePerSecond);
      refilledAt = at;
      if (tokens < amount) return false;
      tokens -= amount;
      return true;
    },
  };
}
