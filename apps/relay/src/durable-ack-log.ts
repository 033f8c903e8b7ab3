import { createWriteStream } from 'node:fs';
import type { DocStore } from '@tandem/relay-core';

/** How often buffered lines are written: one write per interval, not one per update. */
const FLUSH_INTERVAL_MS = 100;

/**
 * For the benchmark: wraps a store so every append records `<called ns> <durable ns>` in
 * `path`. The core calls `append` in the same turn as the frame arrives (right after
 * validating it), so the pair measures "edit reached the relay → edit is durable". Lines are
 * buffered so the measurement does not add a write per update to the path it measures.
 */
export function withDurableAckLog(store: DocStore, path: string): DocStore {
  const out = createWriteStream(path, { flags: 'a' });
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length === 0) return;
    out.write(lines.join(''));
    lines = [];
  };
  const timer = setInterval(flush, FLUSH_INTERVAL_MS);
  timer.unref();
  return {
    ...store,
    async append(doc, update) {
      const calledAt = process.hrtime.bigint();
      const result = await store.append(doc, update);
      lines.push(`${calledAt} ${process.hrtime.bigint()}\n`);
      return result;
    },
    async close() {
      await store.close();
      clearInterval(timer);
      flush();
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}
