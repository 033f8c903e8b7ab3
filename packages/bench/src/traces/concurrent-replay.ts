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
  /**
   * For a transaction that only deletes (its clock does not advance), the first id of each
   * range it deleted: it has reached a replica once those items are deleted there.
   */
  private readonly deletions: (readonly Y.ID[] | null)[][];
  readonly agents: ReplayAgent[];

  constructor(
    readonly plan: ConcurrentPlan,
    /** Client ID of each agent's replica (fixed, so concurrent inserts order reproducibly). */
    clientIds: readonly number[] = plan.byAgent.map((_, a) => a + 1),
  ) {
    this.produced = plan.byAgent.map(() => []);
    this.endClocks = plan.byAgent.map(() => []);
    this.deletions = plan.byAgent.map(() => []);
    this.agents = plan.byAgent.map((txns, a) => new ReplayAgent(this, a, clientIds[a]!, txns));
  }

  /** Records a transaction an agent produced (called by the agent). */
  publish(agent: number, update: Uint8Array, endClock: number): void {
    const clocks = this.endClocks[agent]!;
    const isDeleteOnly = clocks.length > 0 ? clocks[clocks.length - 1] === endClock : endClock === 0;
    this.produced[agent]!.push(update);
    clocks.push(endClock);
    this.deletions[agent]!.push(isDeleteOnly ? deletedRangeStarts(update) : null);
  }

  producedBy(agent: number, ordinal: number): Uint8Array {
    const update = this.produced[agent]![ordinal];
    if (!update) throw new Error(`agent ${agent} has not produced transaction ${ordinal} yet`);
    return update;
  }

  /** How many of `agent`'s transactions `replica` contains, counting on from `from`. */
  containedCount(agent: number, replica: Y.Doc, from: number): number {
    const clocks = this.endClocks[agent]!;
    const deletions = this.deletions[agent]!;
    const clock = Y.getState(replica.store, this.agents[agent]!.clientId);
    let count = from;
    while (count < clocks.length && clocks[count]! <= clock && areDeleted(replica, deletions[count] ?? null)) count++;
    return count;
  }

  /**
   * A check that tells whether a replica holds every transaction of every author (call it
   * once the authors are done). It keeps a cursor per replica, so repeated calls are cheap.
   */
  completionCheck(): (replica: Y.Doc) => boolean {
    const cursors = new Map<Y.Doc, Int32Array>();
    return (replica) => {
      let cursor = cursors.get(replica);
      if (!cursor) {
        cursor = new Int32Array(this.agents.length);
        cursors.set(replica, cursor);
      }
      for (let a = 0; a < this.agents.length; a++) {
        cursor[a] = this.containedCount(a, replica, cursor[a]!);
        if (cursor[a]! < this.endClocks[a]!.length) return false;
      }
      return true;
    };
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
      // The inbox holds this author's own edits too (a relay need not echo them back), so
      // another author's deletion of this author's text can be recognised there.
      Y.applyUpdate(this.inbox, update);
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
    const count = this.replay.containedCount(other, this.inbox, this.delivered[other]!);
    this.delivered[other] = count;
    return count;
  }

  private nextDelivery(): Promise<void> {
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}

function deletedRangeStarts(update: Uint8Array): Y.ID[] {
  const starts: Y.ID[] = [];
  Y.decodeUpdate(update).ds.clients.forEach((items, client) => {
    for (const item of items) starts.push(Y.createID(client, item.clock));
  });
  return starts;
}

function areDeleted(replica: Y.Doc, starts: readonly Y.ID[] | null): boolean {
  if (!starts) return true;
  return starts.every((id) => {
    try {
      return Y.getItem(replica.store, id).deleted;
    } catch {
      return false; // the item itself has not arrived yet
    }
  });
}
