import { createWriteStream } from 'node:fs';
import type { DocStore } from '@tandem/relay-core';

/**
 * For the benchmark: wraps a store so every append writes `<called ns> <durable ns>` to
 * `path`. The core calls `append` in the same turn as the frame arrives (right after
 * validating it), so the pair measures "edit reached the relay → edit is durable".
 */
export function withDurableAckLog(store: DocStore, path: string): DocStore {
  const out = createWriteStream(path, { flags: 'a' });
  return {
    ...store,
    async append(doc, update) {
      const calledAt = process.hrtime.bigint();
      const result = await store.append(doc, update);
      out.write(`${calledAt} ${process.hrtime.bigint()}\n`);
      return result;
    },
    async close() {
      await store.close();
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}
