/**
 * A token bucket: `ratePerSecond` refill, holding at most `burst`. Spending may overdraw it:
 * frames a transport had already read when it was asked to pause still have to be counted,
 * and the debt says how long the connection must wait before it is read again.
 */
export interface TokenBucket {
  /** Spends `amount` tokens, going into debt when there are not enough. */
  spend(amount: number): void;
  /** Milliseconds until the balance is back to zero (0 when it is not in debt). */
  msUntilSettled(): number;
}

/** Creates a full bucket. `now` is injected so tests run on a fake clock. */
export function createTokenBucket(ratePerSecond: number, burst: number, now: () => number): TokenBucket {
  let tokens = burst;
  let refilledAt = now();
  const refill = (): void => {
    const at = now();
    tokens = Math.min(burst, tokens + ((at - refilledAt) / 1000) * ratePerSecond);
    refilledAt = at;
  };
  return {
    spend(amount) {
      refill();
      tokens -= amount;
    },
    msUntilSettled() {
      refill();
      return tokens >= 0 ? 0 : Math.ceil((-tokens / ratePerSecond) * 1000);
    },
  };
}
