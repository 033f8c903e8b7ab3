import type { ConcurrentTrace, Patch } from './load-trace';

/** One transaction of a concurrent trace, with what its author must have seen of every agent. */
export interface PlannedTxn {
  readonly agent: number;
  /** Position of this transaction among its agent's own transactions. */
  readonly ordinal: number;
  readonly patches: readonly Patch[];
  /** needs[a] = how many of agent a's transactions the parents' version contains. */
  readonly needs: Int32Array;
}

/** A concurrent trace cut into per-agent queues. */
export interface ConcurrentPlan {
  readonly numAgents: number;
  readonly byAgent: readonly (readonly PlannedTxn[])[];
  readonly endContent: string | null;
}

/**
 * Plans a faithful replay of the first `limit` transactions: for each transaction, the version
 * of the document its author saw (its parents' downset), counted per agent. Requires each
 * agent's own transactions to form a chain (true of the traces used), so "how many of agent a's
 * transactions" is a complete description of a version. `endContent` is kept only for a full replay.
 */
export function planConcurrentReplay(trace: ConcurrentTrace, limit: number = trace.txns.length): ConcurrentPlan {
  const count = Math.min(limit, trace.txns.length);
  const { numAgents } = trace;
  // seen[i][a]: how many of agent a's transactions txn i's version contains, txn i included.
  const seen: Int32Array[] = new Array(count);
  const byAgent: PlannedTxn[][] = Array.from({ length: numAgents }, () => []);
  for (let i = 0; i < count; i++) {
    const txn = trace.txns[i]!;
    const needs = new Int32Array(numAgents);
    for (const parent of txn.parents) {
      if (parent >= i) throw new Error(`txn ${i} has a parent after it`);
      const parentSeen = seen[parent]!;
      for (let a = 0; a < numAgents; a++) needs[a] = Math.max(needs[a]!, parentSeen[a]!);
    }
    const own = byAgent[txn.agent]!;
    if (needs[txn.agent] !== own.length) throw new Error(`agent ${txn.agent}'s transactions do not form a chain at txn ${i}`);
    const after = needs.slice();
    after[txn.agent] = own.length + 1;
    seen[i] = after;
    own.push({ agent: txn.agent, ordinal: own.length, patches: txn.patches, needs });
  }
  return { numAgents, byAgent, endContent: count === trace.txns.length ? trace.endContent : null };
}
