/**
 * Delay before reconnect attempt `attempt` (1, 2, 3...): exponential from 50 ms, capped at
 * `maxDelayMs`, with up to 20 % jitter so relays restarted together do not reconnect in lockstep.
 * Never gives up: the relay keeps serving its own clients meanwhile.
 */
export function reconnectDelayMs(attempt: number, maxDelayMs: number, random: () => number = Math.random): number {
  const base = Math.min(50 * 2 ** Math.min(attempt - 1, 16), maxDelayMs);
  return Math.round(base * (0.8 + 0.2 * random()));
}
