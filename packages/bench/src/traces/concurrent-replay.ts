import * as Y from 'yjs';
import type { ConcurrentPlan, PlannedTxn } from './concurrent-plan';
import { TRACE_TEXT } from './sequential-updates';

/**
 * Replays a concurrent trace through a relay, one agent per replica. An agent applies its
 * transaction only once its parents are merged on its replica; the other agents' transactions
 * reach it through the relay (its `inbox` replica is fed only by what the relay delivered), so
 * the replay is paced by the relay's round trips wherever the authors really waited on each other.
 *
 * The agent's working replica must hold exactly the parents' version (positions are relative
 * to it), so it applies another agent's transactions — the bytes that agent produced — up to
 * what the parents need and no further, once the inbox shows the relay delivered them.
 */
export class ConcurrentReplay {
  /** Update bytes each agent produced, per transaction, in order. */
  private readonly produced: Uint8Array[][];
  /** Clock each agent's replica reached after each of its transactions. */
  private readonly endClocks: number[][];
  readonly agents: ReplayAgent[];

  constructor(
    readonly plan: ConcurrentPlan,
    /** Client ID of each agent's replica (fixed, so concurrent inserts order reproducibly). */
    clientIds: readonly number[] = plan.byAgent.map((_, a) => a + 1),
  ) {
    this.produced = plan.byAgent.map(() => []);
    this.endClocks = plan.byAgent.map(() => []);
    this.agents = plan.byAgent.map((txns, a) => new ReplayAgent(this, a, clientIds[a]!, txns));
  }

  /** Records a transaction an agent produced (called by the agent). */
  publish(agent: number, update: Uint8Array, endClock: number): void {
    this.produced[agent]!.push(update);
    this.endClocks[agent]!.push(endClock);
  }

  producedBy(agent: number, ordinal: number): Uint8Array {
    const update = this.produced[agent]![ordinal];
    if (!update) throw new Error(`agent ${agent} has not produced transaction ${ordinal} yet`);
    return update;
  }

  /** How many of `agent`'s transactions a replica with `stateVector` contains. */
  containedCount(agent: number, clock: number, from: number): number {
    const clocks = this.endClocks[agent]!;
    let count = from;
    while (count < clocks.length && clocks[count]! <= clock) count++;
    return count;
  }

  /** The state every replica must end in: all transactions of all agents. */
  expectedStateVector(): Map<number, number> {
    const expected = new Map<number, number>();
    this.agents.forEach((agent, a) => {
      const clocks = this.endClocks[a]!;
      if (clocks.length > 0) expected.set(agent.clientId, clocks[clocks.length - 1]!);
    });
    return expected;
  }
}

/** One author of a concurrent trace. */
export class ReplayAgent {
  /** The author's own view: exactly the version each of its transactions is relative to. */
  readonly working = new Y.Doc();
  /** Everything the relay delivered to this author (the relay-fed replica). */
  readonly inbox = new Y.Doc();
  private readonly applied: Int32Array;
  private readonly delivered: Int32Array;
  private waiter: (() => void) | null = null;

  constructor(
    private readonly replay: ConcurrentReplay,
    readonly index: number,
    readonly clientId: number,
    private readonly txns: readonly PlannedTxn[],
  ) {
    this.working.clientID = clientId;
    this.applied = new Int32Array(replay.plan.numAgents);
    this.delivered = new Int32Array(replay.plan.numAgents);
  }

  /** Feeds an update the relay delivered to this author. */
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.inbox, update);
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  /** Replays all of this author's transactions, handing each update to `send`. */
  async run(send: (update: Uint8Array) => void): Promise<void> {
    const text = this.working.getText(TRACE_TEXT);
    for (const txn of this.txns) {
      await this.mergeParents(txn.needs);
      let produced: Uint8Array | null = null;
      const capture = (update: Uint8Array): void => {
        produced = update;
      };
      this.working.on('update', capture);
      this.working.transact(() => {
        for (const [position, deleteCount, insert] of txn.patches) {
          if (deleteCount > 0) text.delete(position, deleteCount);
          if (insert) text.insert(position, insert);
        }
      });
      this.working.off('update', capture);
      const update = produced as Uint8Array | null;
      if (!update) throw new Error(`agent ${this.index} transaction ${txn.ordinal} changed nothing`);
      this.replay.publish(this.index, update, Y.getState(this.working.store, this.clientId));
      this.applied[this.index] = txn.ordinal + 1;
      send(update);
    }
  }

  private async mergeParents(needs: Int32Array): Promise<void> {
    for (let other = 0; other < needs.length; other++) {
      if (other === this.index) continue;
      const need = needs[other]!;
      while (this.deliveredFrom(other) < need) await this.nextDelivery();
      while (this.applied[other]! < need) {
        Y.applyUpdate(this.working, this.replay.producedBy(other, this.applied[other]!));
        this.applied[other]!++;
      }
    }
  }

  private deliveredFrom(other: number): number {
    const clientId = this.replay.agents[other]!.clientId;
    const count = this.replay.containedCount(other, Y.getState(this.inbox.store, clientId), this.delivered[other]!);
    this.delivered[other] = count;
    return count;
  }

  private nextDelivery(): Promise<void> {
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}

/** True once `doc` contains every transaction in `expected` (client → clock). */
export function hasState(doc: Y.Doc, expected: Map<number, number>): boolean {
  for (const [clientId, clock] of expected) if (Y.getState(doc.store, clientId) < clock) return false;
  return true;
}
