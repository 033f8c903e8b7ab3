import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryDocStore } from '@tandem/relay-core';
import { tempDir } from '../test/harness';
import { withDurableAckLog } from './durable-ack-log';

describe('withDurableAckLog', () => {
  it('writes one "<called ns> <durable ns>" line per append and still stores it', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'ack.log');
    const inner = createMemoryDocStore();
    const store = withDurableAckLog(inner, path);
    await store.append('d', Uint8Array.of(1));
    await store.append('d', Uint8Array.of(2));
    await store.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const [called, durable] = line.split(' ').map(BigInt);
      expect(durable! >= called!).toBe(true);
    }
    dir.cleanup();
  });
});
