/**
 * Source addresses the load generator spreads its connections over. Every client of a real
 * relay does not come from one address, and Tandem caps connections per address (1,000 by
 * default): spreading keeps the bench on Tandem's defaults instead of lifting the cap. Linux
 * routes all of 127.0.0.0/8 to the loopback interface; elsewhere only 127.0.0.1 is there.
 */
export const LOOPBACK_SOURCES: readonly string[] =
  process.platform === 'linux' ? Array.from({ length: 32 }, (_, i) => `127.0.0.${i + 1}`) : ['127.0.0.1'];

/**
 * Most connections the bench opens from one source address: the idle-connections curve's
 * 20,000 over 32 sources (the round robin spreads them evenly) stay under Tandem's default
 * cap of 1,000 per address.
 */
export const MAX_CONNECTIONS_PER_SOURCE = 625;

/** The most connections the bench opens at once (the top of the idle-connections curve). */
export const MOST_BENCH_CONNECTIONS = 20_000;

let nextSource = 0;

/** The source address for the next connection to `url`, round robin; undefined when not loopback IPv4. */
export function nextLoopbackSource(url: string): string | undefined {
  if (!/^wss?:\/\/127\.0\.0\.1[:/]/.test(url) || LOOPBACK_SOURCES.length < 2) return undefined;
  nextSource = (nextSource + 1) % LOOPBACK_SOURCES.length;
  return LOOPBACK_SOURCES[nextSource];
}
