import {
  decodeAwarenessUpdate,
  encodeAwarenessMessage,
  encodeAwarenessUpdate,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  CloseReason,
  type AwarenessEntry,
  type DecodedMessage,
} from '@tandem/protocol';
import { createAwarenessRegistry, type AwarenessLimits, type AwarenessRegistry } from './awareness-registry';
import { shouldCompact, type CompactionThresholds } from './compaction-policy';
import { createDocState, type DocState } from './doc-state';
import { BadMessageError, StorageUnavailableError } from './errors';
import type { Clock, DocStore, Logger, TimerHandle } from './ports';
import type { FanOutTarget, RoomFanOutHooks } from './room-fan-out';
import type { RoomMember } from './room-member';
import type { ConcurrencyLimit } from './concurrency-limit';
import { createSerialQueue } from './serial-queue';
import { stampAwarenessEntry } from './stamp-awareness';
import { validateUpdate } from './validate-update';
import * as Y from 'yjs';

/** Per-document limits and thresholds. */
export interface RoomOptions {
  readonly compaction: CompactionThresholds;
  readonly awareness: AwarenessLimits;
  /**
   * Set when other relays append to the same store (fan-out): compaction then re-reads the
   * store so their rows are folded into the snapshot instead of being replaced.
   */
  readonly isStoreShared: boolean;
}

/** Lifecycle of a room: loading → ready, or loading → failed. */
export type RoomStatus = 'loading' | 'ready' | 'failed';

/** One document in memory: its state, its members, its awareness and its write pipeline. */
export interface Room extends FanOutTarget {
  readonly name: string;
  readonly status: RoomStatus;
  readonly memberCount: number;
  /** Loads the stored document; members joined meanwhile are greeted once it is in. */
  load(): Promise<boolean>;
  join(member: RoomMember): void;
  /** Removes a member and its awareness states (broadcasting their removal). */
  leave(member: RoomMember): void;
  handle(member: RoomMember, message: DecodedMessage): void;
  /** Resolves once every accepted update is durable and any compaction has finished. */
  flush(): Promise<void>;
  /** Compacts the update log into a snapshot if it has any entries. */
  compactIfDirty(): Promise<void>;
  /** Bytes of document state held in memory. */
  byteLength(): number;
  /** The presence states (JSON text) member `memberId` has set, e.g. for the name it goes by. */
  presenceOf(memberId: string): string[];
}

/** Dependencies of a Room. */
export interface RoomDeps {
  readonly store: DocStore;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly options: RoomOptions;
  /** The link to other relays serving this document, when the relay has a fan-out. */
  readonly fanOut?: RoomFanOutHooks;
  /** Told after each update a member sent is durable (the version recorder counts its author). */
  readonly onMemberEdit?: (member: RoomMember) => void;
  /**
   * Shared by the relay's rooms: how many compactions touch the store at once. Documents that
   * fill up together compact together; unbounded, their re-reads and transactions would take
   * every pooled connection of a shared store and appends would wait for one.
   */
  readonly compactionLimit?: ConcurrencyLimit;
}

/** Creates the room for document `name`; call `load()` once. */
export function createRoom(name: string, deps: RoomDeps): Room {
  const { store, logger, clock, options } = deps;
  const members = new Set<RoomMember>();
  const awareness: AwarenessRegistry = createAwarenessRegistry(options.awareness);
  let expiryTimer: TimerHandle | null = null;
  const writes = createSerialQueue({
    // Jobs handle their own failures; this is the queue's guarantee that a bug cannot wedge
    // every later write of the document.
    onJobError: (error) => logger.error({ doc: name, err: error }, 'write job failed'),
  });
  let status: RoomStatus = 'loading';
  let state: DocState = createDocState();
  let log = { count: 0, bytes: 0 };
  let snapshotBytes = 0;
  let lastSeq = 0;

  const broadcast = (message: Uint8Array, except?: RoomMember): void => {
    for (const member of members) if (member !== except) member.send(message);
  };

  /** Local presence plus that of clients on other relays. */
  const allAwareness = (): AwarenessEntry[] => [...awareness.entries(clock.now()), ...(deps.fanOut?.remoteAwareness() ?? [])];

  const greet = (member: RoomMember): void => {
    member.send(encodeSyncStep1(state.encodeStateVector()));
    const present = allAwareness();
    if (present.length > 0) member.send(encodeAwarenessMessage(encodeAwarenessUpdate(present)));
    member.markReady();
  };

  const broadcastAwareness = (entries: AwarenessEntry[]): void => {
    if (entries.length > 0) broadcast(encodeAwarenessMessage(encodeAwarenessUpdate(entries)));
  };

  /** Drops states nobody renewed (a frozen laptop, a stopped process) and tells everyone. */
  const expireAwareness = (): void => {
    expiryTimer = null;
    const removals = awareness.expire(clock.now());
    broadcastAwareness(removals);
    if (removals.length > 0) deps.fanOut?.onLocalAwareness(removals);
    scheduleExpiry();
  };

  const scheduleExpiry = (): void => {
    const at = awareness.nextExpiryAt();
    if (expiryTimer !== null || at === null) return;
    expiryTimer = clock.setTimeout(expireAwareness, Math.max(0, at - clock.now()));
  };

  const compact = async (): Promise<void> => {
    let throughSeq = lastSeq;
    if (options.isStoreShared) {
      // Other relays append too: fold their rows in rather than replacing them unseen, and send
      // our clients what they have not seen yet (a fan-out message may be late or lost).
      const stored = await store.load(name);
      if (stored && stored.updates.length > 0) applyExternal(Y.mergeUpdates([...stored.updates]), { kind: 'storage' });
      throughSeq = stored?.lastSeq ?? 0;
    }
    const snapshot = state.compact();
    if (throughSeq > 0) await store.compact(name, snapshot, throughSeq);
    log = { count: 0, bytes: 0 };
    snapshotBytes = snapshot.byteLength;
  };

  const compactSafely = async (): Promise<void> => {
    try {
      await (deps.compactionLimit ? deps.compactionLimit(compact) : compact());
    } catch (error) {
      // The log is still intact in the store, so nothing is lost; compaction retries later.
      logger.error({ doc: name, err: error }, 'compaction failed');
    }
  };

  /** Runs in write order once `durable` settles: only then does anyone else see the update. */
  const broadcastWhenDurable = async (update: Uint8Array, durable: Promise<{ seq: number }>, origin: RoomMember): Promise<void> => {
    try {
      lastSeq = (await durable).seq;
    } catch (error) {
      logger.error({ doc: name, sessionId: origin.id, err: error }, 'append failed');
      origin.fail(new StorageUnavailableError('could not persist update', { cause: error }));
      return;
    }
    // Durable first, then visible: kill -9 after this point loses nothing anyone has seen.
    state.add(update);
    log = { count: log.count + 1, bytes: log.bytes + update.byteLength };
    broadcast(encodeSyncUpdate(update), origin);
    deps.fanOut?.onDurableUpdate(update);
    deps.onMemberEdit?.(origin);
    if (shouldCompact(log, snapshotBytes, options.compaction)) await compactSafely();
  };

  const receiveUpdate = (member: RoomMember, update: Uint8Array): void => {
    if (member.access !== 'write') {
      member.send(encodePermissionDenied('read-only'));
      return;
    }
    const check = validateUpdate(update);
    if (!check.ok) throw new BadMessageError(CloseReason.corruptUpdate, `corrupt update: ${check.detail}`);
    if (check.isEmpty) return;
    // Copy: the frame's buffer belongs to the transport and may be reused.
    const owned = update.slice();
    // Issue the append now (the store keeps call order) so a burst can be committed together;
    // the broadcast still waits for it, in order, in the write queue.
    const durable = store.append(name, owned);
    durable.catch(() => undefined); // handled in order by broadcastWhenDurable
    writes.push(() => broadcastWhenDurable(owned, durable, member));
  };

  const receiveStateVector = (member: RoomMember, stateVector: Uint8Array): void => {
    let diff: Uint8Array;
    try {
      diff = state.encodeDiff(stateVector);
    } catch (error) {
      throw new BadMessageError(CloseReason.badMessage, 'invalid state vector', { cause: error });
    }
    member.send(encodeSyncStep2(diff));
  };

  const receiveAwareness = (member: RoomMember, update: Uint8Array): void => {
    let entries: AwarenessEntry[];
    try {
      entries = decodeAwarenessUpdate(update);
    } catch (error) {
      throw new BadMessageError(CloseReason.badAwareness, 'undecodable awareness update', { cause: error });
    }
    if (deps.fanOut) entries = deps.fanOut.admitLocalAwareness(entries);
    const user = member.user;
    if (user) entries = entries.map((entry) => stampAwarenessEntry(entry, user));
    const { accepted, rejected } = awareness.apply({ id: member.id, userId: user?.id ?? null }, entries, clock.now());
    if (rejected.length > 0) logger.debug({ doc: name, sessionId: member.id, rejected: rejected.slice(0, 10), rejectedCount: rejected.length }, 'awareness entries refused');
    // To everyone, the sender included (as the reference server does): a stock provider alone in
    // a document otherwise hears nothing and drops its socket after 30 s. Its own echo carries
    // the clock it already has, so y-protocols ignores it.
    broadcastAwareness(accepted);
    if (accepted.length > 0) deps.fanOut?.onLocalAwareness(accepted);
    scheduleExpiry();
  };

  /** An update from outside this relay's clients: stored already, so only merged and broadcast. */
  const applyExternal: Room['applyExternal'] = (update, origin) => {
    if (status !== 'ready') return;
    let change = update;
    if (origin.kind === 'storage') {
      // The whole stored document: keep and send only what we lack (plus its delete set).
      change = Y.diffUpdate(update, state.encodeStateVector());
    } else {
      const check = validateUpdate(update);
      if (!check.ok) return logger.warn({ doc: name, detail: check.detail }, 'corrupt fan-out update ignored');
    }
    if (isEmptyUpdate(change)) return;
    state.add(change);
    broadcast(encodeSyncUpdate(change));
  };

  return {
    name,
    get status() {
      return status;
    },
    get memberCount() {
      return members.size;
    },
    async load() {
      try {
        const stored = await store.load(name);
        state = createDocState(stored?.updates ?? []);
        log = { count: stored?.logCount ?? 0, bytes: stored?.logBytes ?? 0 };
        lastSeq = stored?.lastSeq ?? 0;
        snapshotBytes = state.byteLength() - log.bytes;
        status = 'ready';
      } catch (error) {
        status = 'failed';
        logger.error({ doc: name, err: error }, 'load failed');
        const failure = new StorageUnavailableError('could not load document', { cause: error });
        for (const member of [...members]) member.fail(failure);
        return false;
      }
      for (const member of members) greet(member);
      if (shouldCompact(log, snapshotBytes, options.compaction)) writes.push(compactSafely);
      return true;
    },
    join(member) {
      members.add(member);
      if (status === 'ready') greet(member);
    },
    leave(member) {
      if (!members.delete(member)) return;
      const removals = awareness.removeOwner(member.id);
      broadcastAwareness(removals);
      if (removals.length > 0) deps.fanOut?.onLocalAwareness(removals);
      if (awareness.heldIds === 0 && expiryTimer !== null) {
        clock.clearTimeout(expiryTimer);
        expiryTimer = null;
      }
    },
    handle(member, message) {
      switch (message.kind) {
        case 'sync-step1':
          return receiveStateVector(member, message.stateVector);
        case 'sync-step2':
        case 'sync-update':
          return receiveUpdate(member, message.update);
        case 'awareness':
          return receiveAwareness(member, message.update);
        case 'query-awareness':
          return member.send(encodeAwarenessMessage(encodeAwarenessUpdate(allAwareness())));
        case 'auth':
          return; // reserved: clients have nothing to say here
      }
    },
    flush: () => writes.whenIdle(),
    async compactIfDirty() {
      await writes.whenIdle();
      if (status !== 'ready' || log.count === 0) return;
      writes.push(compactSafely);
      await writes.whenIdle();
    },
    byteLength: () => state.byteLength(),
    presenceOf: (memberId) => awareness.statesOf(memberId),
    applyExternal,
    broadcastAwareness,
    localAwareness: () => awareness.entries(clock.now()),
  };
}

/** True for an update with no structs and no deletions ([0, 0] in V1). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}
