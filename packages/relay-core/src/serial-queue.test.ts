import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue';

const tick = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

describe('serial queue', () => {
  it('runs jobs one at a time, in order', async () => {
    const queue = createSerialQueue({ onJobError: () => undefined });
    const order: number[] = [];
    for (let i = 0; i < 5; i++) queue.push(async () => { await tick(); order.push(i); });
    await queue.whenIdle();
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('a job that throws (or rejects) does not wedge the jobs after it, and is reported', async () => {
    const errors: unknown[] = [];
    const queue = createSerialQueue({ onJobError: (error) => errors.push(error) });
    const ran: string[] = [];
    queue.push(async () => { throw new Error('rejected'); });
    queue.push((() => { throw new Error('thrown synchronously'); }) as () => Promise<void>);
    queue.push(async () => void ran.push('after'));
    await queue.whenIdle();
    queue.push(async () => void ran.push('later'));
    await queue.whenIdle();
    expect(ran).toEqual(['after', 'later']);
    expect(errors.map((e) => (e as Error).message)).toEqual(['rejected', 'thrown synchronously']);
  });

  it('a queue that never idles (async store under load) does not retain finished jobs', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'run with --expose-gc').toBeTypeOf('function');
    const queue = createSerialQueue({ onJobError: () => undefined });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const refs: WeakRef<object>[] = [];
    let done = 0;
    const push = (): void => {
      const payload = new Uint8Array(64 * 1024);
      refs.push(new WeakRef(payload));
      queue.push(async () => {
        payload[0] = 1;
        done++;
      });
    };
    for (let i = 0; i < 200; i++) push();
    queue.push(() => gate); // still busy: the queue is never idle here
    while (done < 200) await tick();
    // A macrotask between collections: WeakRef targets stay alive until the current job ends.
    const { setTimeout: later } = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
    for (let i = 0; i < 5; i++) {
      gc!();
      await new Promise<void>((resolve) => later(resolve, 0));
    }
    const retained = refs.filter((ref) => ref.deref() !== undefined).length;
    release();
    await queue.whenIdle();
    expect(retained).toBe(0);
  });
});
