import { describe, expect, it } from 'vitest';
import { createAppendBatcher, type BatchLimits, type QueuedAppend } from './append-batcher';

/** A fake database: each commit waits until the test releases it; seqs per doc count up. */
function createFakeDatabase() {
  const lastSeq = new Map<string, number>();
  const commits: { batch: readonly QueuedAppend[]; release: (error?: Error) => void }[] = [];
  const commit = (batch: readonly QueuedAppend[]): Promise<number[]> =>
    new Promise((resolve, reject) => {
      commits.push({
        batch,
        release: (error) => {
          if (error) return reject(error);
          resolve(batch.map((item) => {
            const seq = (lastSeq.get(item.doc) ?? 0) + 1;
            lastSeq.set(item.doc, seq);
            return seq;
          }));
        },
      });
    });
  return { commit, commits };
}

const limits: BatchLimits = { maxAppends: 100, maxBytes: 1_000, maxConcurrent: 4 };
const bytes = (n: number) => new Uint8Array(n);
const turn = () => new Promise((resolve) => setImmediate(resolve));
const docsOf = (batch: readonly QueuedAppend[]) => batch.map((item) => item.doc);

describe('createAppendBatcher', () => {
  it('appends of one turn go in one transaction; later ones to the same doc wait for it', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    const first = [batcher.append('a', bytes(1)), batcher.append('a', bytes(1)), batcher.append('b', bytes(1))];
    await turn();
    expect(db.commits.map((c) => docsOf(c.batch))).toEqual([['a', 'a', 'b']]);
    const second = batcher.append('a', bytes(1));
    await turn();
    expect(db.commits).toHaveLength(1); // 'a' is in flight: its next append must not overtake
    db.commits[0]!.release();
    expect(await Promise.all(first)).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 1 }]);
    await turn();
    expect(db.commits).toHaveLength(2);
    db.commits[1]!.release();
    expect(await second).toEqual({ seq: 3 });
  });

  it('a document that is not in flight does not wait behind one that is', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    void batcher.append('busy', bytes(1));
    await turn();
    const queuedBusy = batcher.append('busy', bytes(1));
    const quiet = batcher.append('quiet', bytes(1));
    await turn();
    expect(db.commits.map((c) => docsOf(c.batch))).toEqual([['busy'], ['quiet']]);
    db.commits[1]!.release();
    expect(await quiet).toEqual({ seq: 1 });
    db.commits[0]!.release();
    await turn();
    db.commits[2]!.release();
    expect(await queuedBusy).toEqual({ seq: 2 });
  });

  it('a full batch keeps the rest of a document queued, in order, for the next one', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, { maxAppends: 2, maxBytes: 1_000, maxConcurrent: 1 });
    const results = ['a', 'a', 'a', 'b'].map((doc) => batcher.append(doc, bytes(1)));
    await turn();
    expect(db.commits.map((c) => docsOf(c.batch))).toEqual([['a', 'a']]);
    db.commits[0]!.release();
    await turn();
    expect(docsOf(db.commits[1]!.batch)).toEqual(['a', 'b']);
    db.commits[1]!.release();
    expect(await Promise.all(results)).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }, { seq: 1 }]);
  });

  it('a failed transaction rejects exactly its appends; the next ones still commit', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    const failed = [batcher.append('a', bytes(1)), batcher.append('b', bytes(1))];
    await turn();
    const later = batcher.append('a', bytes(1));
    db.commits[0]!.release(new Error('server gone'));
    await expect(Promise.all(failed)).rejects.toThrow('server gone');
    await expect(failed[1]).rejects.toThrow('server gone');
    await turn();
    db.commits[1]!.release();
    expect(await later).toEqual({ seq: 1 });
  });

  it('settled() waits for every earlier append, whatever order transactions finish in', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    void batcher.append('a', bytes(1));
    await turn();
    void batcher.append('b', bytes(1)).catch(() => undefined);
    await turn();
    let isSettled = false;
    void batcher.settled().then(() => (isSettled = true));
    db.commits[1]!.release(new Error('b failed'));
    await turn();
    expect(isSettled).toBe(false);
    db.commits[0]!.release();
    await turn();
    expect(isSettled).toBe(true);
  });

  it('exclusive() waits for the doc\'s transaction in flight, then holds back only that doc\'s appends', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    void batcher.append('a', bytes(1));
    await turn();
    const events: string[] = [];
    let finishJob!: () => void;
    const job = batcher.exclusive('a', () => {
      events.push('job started');
      return new Promise<string>((resolve) => (finishJob = () => resolve('compacted')));
    });
    await turn();
    expect(events).toEqual([]); // 'a' still has its commit in flight
    db.commits[0]!.release();
    await turn();
    expect(events).toEqual(['job started']);
    const heldBack = batcher.append('a', bytes(1));
    const other = batcher.append('b', bytes(1));
    await turn();
    expect(db.commits.map((c) => docsOf(c.batch))).toEqual([['a'], ['b']]);
    db.commits[1]!.release();
    expect(await other).toEqual({ seq: 1 });
    finishJob();
    expect(await job).toBe('compacted');
    await turn();
    expect(db.commits.map((c) => docsOf(c.batch))).toEqual([['a'], ['b'], ['a']]);
    db.commits[2]!.release();
    expect(await heldBack).toEqual({ seq: 2 });
  });

  it('a failing exclusive job rejects and frees its doc', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    await expect(batcher.exclusive('a', () => Promise.reject(new Error('lock timeout')))).rejects.toThrow('lock timeout');
    const next = batcher.append('a', bytes(1));
    await turn();
    db.commits[0]!.release();
    expect(await next).toEqual({ seq: 1 });
  });

  it('runs one exclusive job at a time by default, so compactions cannot take every connection', async () => {
    const db = createFakeDatabase();
    const batcher = createAppendBatcher(db.commit, limits);
    const started: string[] = [];
    const finish: Record<string, () => void> = {};
    const jobs = ['a', 'b'].map((doc) =>
      batcher.exclusive(doc, () => {
        started.push(doc);
        return new Promise<void>((resolve) => (finish[doc] = resolve));
      }),
    );
    await turn();
    expect(started).toEqual(['a']);
    finish.a!();
    await turn();
    expect(started).toEqual(['a', 'b']);
    finish.b!();
    await Promise.all(jobs);
  });
});
