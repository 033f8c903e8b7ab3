import { describe, expect, it } from 'vitest';
import { benchPaths } from '../repo-paths';
import { planConcurrentReplay } from './concurrent-plan';
import { ConcurrentReplay } from './concurrent-replay';
import { loadTrace, type ConcurrentTrace } from './load-trace';
import { TRACE_TEXT } from './sequential-updates';

describe('concurrent trace replay', () => {
  it('replays friendsforever to its endContent when updates travel asynchronously', async () => {
    const trace = loadTrace<ConcurrentTrace>(benchPaths().tracesDir, 'friendsforever.json.gz');
    const replay = new ConcurrentReplay(planConcurrentReplay(trace));
    // A stand-in relay: every update reaches every author on a later turn of the event loop.
    await Promise.all(
      replay.agents.map((agent) => agent.run((update) => replay.agents.forEach((other) => setImmediate(() => other.receive(update))))),
    );
    await new Promise((resolve) => setImmediate(resolve));
    for (const agent of replay.agents) expect(agent.inbox.getText(TRACE_TEXT).toString()).toBe(trace.endContent);
  });

  it('refuses a trace whose authors do not write in a chain', () => {
    const trace: ConcurrentTrace = {
      kind: 'concurrent',
      numAgents: 1,
      endContent: 'ab',
      txns: [
        { parents: [], agent: 0, patches: [[0, 0, 'a']] },
        { parents: [], agent: 0, patches: [[0, 0, 'b']] },
      ],
    };
    expect(() => planConcurrentReplay(trace)).toThrow(/chain/);
  });
});
