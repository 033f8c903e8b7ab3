import { describe, expect, it } from 'vitest';
import { createAppendBatcher } from './append-batcher';

function manualSchedule() {
  const runs: (() => void)[] = [];
  return { schedule: (run: () => void) => void runs.push(run), runAll: () => runs.splice(0).forEach((run) => run()) };
}

describe('createAppendBatcher', () => {
  it('commits the appends of one turn in one batch, resolving each with its seq in call order', async () => {
    const commits: string[][] = [];
    let nextSeq = 1;
    const { schedule, runAll } = manualSchedule();
    const batcher = createAppendBatcher((batch) => {
      commits.push(batch.map((b) => b.doc));
      return batch.map(() => nextSeq++);
    }, schedule);
    const results = [batcher.append('a', Uint8Array.of(1)), batcher.append('b', Uint8Array.of(2)), batcher.append('a', Uint8Array.of(3))];
    let settled = false;
    void Promise.all(results).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false); // nothing resolves before its commit
    runAll();
    expect(await Promise.all(results)).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
    expect(commits).toEqual([['a', 'b', 'a']]);
  });

  it('rejects every append of a batch whose transaction failed', async () => {
    const { schedule, runAll } = manualSchedule();
    const batcher = createAppendBatcher(() => {
      throw new Error('disk full');
    }, schedule);
    const results = [batcher.append('a', Uint8Array.of(1)), batcher.append('b', Uint8Array.of(2))];
    runAll();
    for (const result of results) await expect(result).rejects.toThrow('disk full');
  });

  it('flush commits immediately', async () => {
    const { schedule } = manualSchedule();
    const batcher = createAppendBatcher((batch) => batch.map((_, i) => i + 10), schedule);
    const result = batcher.append('a', Uint8Array.of(1));
    batcher.flush();
    expect(await result).toEqual({ seq: 10 });
  });
});
