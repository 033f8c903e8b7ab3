/** Polls `condition` every `intervalMs` until it holds (true) or `timeoutMs` passes (false). */
export async function pollUntil(condition: () => boolean, timeoutMs: number, intervalMs = 10): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await delay(intervalMs);
  }
  return true;
}

/** Resolves after `ms` (used to pace load and let memory settle, never to synchronise). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
