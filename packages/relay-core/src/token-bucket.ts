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

/**
 * Two numbers of state and methods on the prototype: every connection has two buckets, so a
 * closure-based bucket (a context and three functions each) cost ~0.4 KB per connection.
 */
class RefillingBucket implements TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly clock: { now(): number },
  ) {
    this.tokens = burst;
    this.refilledAt = clock.now();
  }

  spend(amount: number): void {
    this.refill();
    this.tokens -= amount;
  }

  msUntilSettled(): number {
    this.refill();
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.ratePerSecond) * 1000);
  }

  private refill(): void {
    const at = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((at - this.refilledAt) / 1000) * this.ratePerSecond);
    this.refilledAt = at;
  }
}

/** Creates a full bucket. The clock is injected so tests run on a fake one. */
export function createTokenBucket(ratePerSecond: number, burst: number, clock: { now(): number }): TokenBucket {
  return new RefillingBucket(ratePerSecond, burst, clock);
}
