/** Options of `waitFor`. */
export interface WaitOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  /** What is awaited, for the timeout message. */
  readonly what?: string;
  /** The state seen at the deadline, for the timeout message. */
  readonly describe?: () => unknown;
}

/**
 * Polls `check` until it returns a truthy value or `timeoutMs` passes. For conditions no
 * event reports (process exit, HTTP readiness, document contents); prefer auto-waiting
 * locators where one fits.
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = options.describe ? `; saw ${JSON.stringify(await Promise.resolve(options.describe()).catch(String))}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Asserts that `check` stays true for `durationMs`, polling: the negative counterpart of
 * `waitFor`, for "this must not happen" (e.g. an editor must not appear while nothing is
 * loaded). Fails as soon as it turns false. The duration is an observation window, not a
 * synchronisation sleep: nothing after it depends on it having elapsed.
 */
export async function holdsFor(check: () => boolean | Promise<boolean>, durationMs: number, what: string, intervalMs = 100): Promise<void> {
  const end = Date.now() + durationMs;
  while (Date.now() < end) {
    if (!(await check())) throw new Error(`expected ${what} for ${durationMs} ms, but it stopped holding`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
