import { describe, expect, it } from 'vitest';
import { createAppendBatcher } from './append-batcher';

/** End-of-turn runs and timers under the test's control, with a clock it moves. */
function manualSchedule() {
  const runs: (() => void)[] = [];
  const timers: { at: number; run: () => void; isCancelled: boolean }[] = [];
  let clock = 1_000;
  return {
    schedule: (run: () => void) => void runs.push(run),
    now: () => clock,
    delay: (run: () => void, ms: number) => {
      const timer = { at: clock + ms, run, isCancelled: false };
      timers.push(timer);
      return { cancel: () => (timer.isCancelled = true) };
    },
    runAll: () => runs.splice(0).forEach((run) => run()),
    pendingTimers: () => timers.filter((timer) => !timer.isCancelled).map((timer) => timer.at - clock),
    /** Moves the clock and fires the timers that are due. */
    advance(ms: number) {
      clock += ms;
      for (const timer of timers.splice(0)) {
        if (timer.isCancelled) continue;
        if (timer.at <= clock) timer.run();
        else timers.push(timer);
      }
    },
  };
}

describe('createAppendBatcher', () => {
  it('commits the appends of one turn in one batch, resolving each with its seq in call order', async () => {
    const commits: string[][] = [];
    let nextSeq = 1;
    const { schedule, runAll } = manualSchedule();
    const batcher = createAppendBatcher((batch) => {
      commits.push(batch.map((b) => b.doc));
      return batch.map(() => nextSeq++);
    }, { schedule });
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
    }, { schedule });
    const results = [batcher.append('a', Uint8Array.of(1)), batcher.append('b', Uint8Array.of(2))];
    runAll();
    for (const result of results) await expect(result).rejects.toThrow('disk full');
  });

  it('flush commits immediately', async () => {
    const { schedule } = manualSchedule();
    const batcher = createAppendBatcher((batch) => batch.map((_, i) => i + 10), { schedule });
    const result = batcher.append('a', Uint8Array.of(1));
    batcher.flush();
    expect(await result).toEqual({ seq: 10 });
  });

  it('under load starts commits at least a millisecond apart, so each carries more rows', async () => {
    const timing = manualSchedule();
    const commits: string[][] = [];
    const batcher = createAppendBatcher((batch) => {
      commits.push(batch.map((b) => b.doc));
      return batch.map((_, i) => i);
    }, timing);
    // After a quiet spell: committed at the end of the turn, no timer.
    const first = batcher.append('a', Uint8Array.of(1));
    expect(timing.pendingTimers()).toEqual([]);
    timing.runAll();
    await first;
    // 0.25 ms later, more appends over two turns: they wait out the rest of the millisecond.
    timing.advance(0.25);
    const second = batcher.append('b', Uint8Array.of(2));
    timing.runAll();
    const third = batcher.append('c', Uint8Array.of(3));
    timing.runAll();
    expect(commits).toEqual([['a']]);
    expect(timing.pendingTimers()).toEqual([0.75]);
    timing.advance(0.75);
    await Promise.all([second, third]);
    expect(commits).toEqual([['a'], ['b', 'c']]);
    // A flush (before a read or a compaction) does not wait, and cancels the timer.
    timing.advance(0.5);
    const fourth = batcher.append('d', Uint8Array.of(4));
    expect(timing.pendingTimers()).toEqual([0.5]);
    batcher.flush();
    await fourth;
    expect(timing.pendingTimers()).toEqual([]);
    expect(commits).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('with a zero interval commits at the end of every turn', async () => {
    const timing = manualSchedule();
    const commits: number[] = [];
    const batcher = createAppendBatcher((batch) => {
      commits.push(batch.length);
      return batch.map((_, i) => i);
    }, { ...timing, minCommitIntervalMs: 0 });
    for (let turn = 0; turn < 3; turn++) {
      const appended = batcher.append('a', Uint8Array.of(turn));
      timing.runAll();
      await appended;
    }
    expect(commits).toEqual([1, 1, 1]);
    expect(timing.pendingTimers()).toEqual([]);
  });
});
