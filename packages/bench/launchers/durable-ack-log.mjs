// Records, inside a relay process, when each client edit reached the relay and when it was
// durably stored, as `<receivedNs> <durableNs>` lines of process.hrtime (CLOCK_MONOTONIC).
// Lines are buffered and appended every 200 ms so the bench can poll the file while the relay
// runs, and flushed once more at exit.
import { appendFileSync } from 'node:fs';

/** @param {string | undefined} file @returns {{ record(receivedNs: bigint, durableNs: bigint): void } | null} */
export function createDurableAckLog(file) {
  if (!file) return null;
  /** @type {string[]} */
  let lines = [];
  const flush = () => {
    if (lines.length === 0) return;
    appendFileSync(file, lines.join(''));
    lines = [];
  };
  setInterval(flush, 200).unref();
  process.on('exit', flush);
  return {
    record(receivedNs, durableNs) {
      lines.push(`${receivedNs} ${durableNs}\n`);
    },
  };
}

/** Exits cleanly on SIGTERM/SIGINT so 'exit' handlers (log flush, --cpu-prof) run. */
export function exitOnSignals() {
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(0));
}
