import { decodeAwarenessUpdate, encodeAwarenessUpdate, REMOVED_STATE_JSON, type AwarenessEntry } from '@tandem/protocol';
import * as Y from 'yjs';
import type { ConcurrencyLimit } from './concurrency-limit';
import { decodeFanOutMessage, encodeFanOutMessage, type FanOutMessage } from './fan-out-message';
import type { Clock, DocStore, FanOut, Logger, TimerHandle, UpdateOrigin } from './ports';
import { createRemoteAwareness } from './remote-awareness';
import { createStreamPositions } from './stream-positions';

/** What a room tells its fan-out link (all optional for a room without one). */
export interface RoomFanOutHooks {
  /** A local client's update is durable and was broadcast locally: now tell the other relays. */
  onDurableUpdate(update: Uint8Array): void;
  /** Awareness entries of local clients changed (including removals when they leave). */
  onLocalAwareness(entries: readonly AwarenessEntry[]): void;
  /** Presence of clients on other relays, to greet new members and answer queries with. */
  remoteAwareness(): AwarenessEntry[];
  /**
   * Filters a local member's awareness entries before the room's registry sees them: stock
   * clients echo the remote presence they receive, and such an echo must not make a remote
   * client look like a local one (its removal would then be ignored here forever). Only a newer
   * clock than the remote copy (the client itself, moved to this relay) takes a client over.
   */
  admitLocalAwareness(entries: AwarenessEntry[]): AwarenessEntry[];
}

/** What the link needs from its room (implemented by Room). */
export interface FanOutTarget {
  readonly status: 'loading' | 'ready' | 'failed';
  /** Applies an update another relay already stored: broadcast here, never stored or published. */
  applyExternal(update: Uint8Array, origin: Exclude<UpdateOrigin, { kind: 'client' }>): void;
  /** Sends awareness entries (from other relays) to every local member. */
  broadcastAwareness(entries: readonly AwarenessEntry[]): void;
  /** Awareness states of the local members. */
  localAwareness(): AwarenessEntry[];
}

/** One room's link to the other relays. */
export interface RoomFanOut extends RoomFanOutHooks {
  /** Subscribes; call right before the room starts loading. */
  start(room: FanOutTarget): void;
  /** The room finished loading: run the catch-up that waited for it. */
  roomLoaded(): void;
  /** Unsubscribes and stops timers (room unloaded, failed or relay shut down). */
  dispose(): void;
}

/** Tuning of the link. */
export interface RoomFanOutOptions {
  /** Remote presence not renewed for this long is removed (y-protocols' own timeout is 30 s). */
  readonly remoteAwarenessTimeoutMs: number;
  readonly maxAwarenessStateBytes: number;
}

/** Everything a link is made of. */
export interface RoomFanOutDeps {
  readonly doc: string;
  readonly fanOut: FanOut;
  readonly store: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Unique among this relay's room openings: with the FanOut's `from`, names our stream. */
  readonly stream: number;
  /** Shared by the relay's rooms, so a reconnect does not send every room to the store at once. */
  readonly catchUpLimit: ConcurrencyLimit;
  readonly options: RoomFanOutOptions;
  /** Another relay deleted the document: the relay closes its sessions and drops the room. */
  readonly onDeleted: () => void;
}

/** idle → running (→ again → running ...) → idle; waiting-for-load until the room is in. */
type CatchUpState = 'idle' | 'waiting-for-load' | 'running' | 'again';

const CATCH_UP_RETRY_MS = { first: 500, max: 30_000 } as const;

/**
 * Connects one room to the same document on other relays. Publishes after durability (the
 * room calls `onDurableUpdate` only then) and never republishes what it receives. Because the
 * transport is lossy, it catches up from the shared store whenever it may have missed something:
 * each time the subscription goes (back) live, and on a gap in another relay's numbering. A Yjs
 * merge is idempotent, so catching up too often costs a read, never correctness.
 */
export function createRoomFanOut(deps: RoomFanOutDeps): RoomFanOut {
  const { doc, fanOut, store, clock, logger, options } = deps;
  const remote = createRemoteAwareness({ maxStateBytes: options.maxAwarenessStateBytes });
  const positions = createStreamPositions();
  /** Client IDs a local session owns: their own relay is the authority, never a remote copy. */
  const localClients = new Set<number>();
  let room: FanOutTarget | null = null;
  let unsubscribe: (() => void) | null = null;
  let isDisposed = false;
  let seq = 0;
  let catchUp: CatchUpState = 'idle';
  let retryMs: number = CATCH_UP_RETRY_MS.first;
  let retryTimer: TimerHandle | null = null;
  let expiryTimer: TimerHandle | null = null;

  const publish = (message: FanOutMessage): void => {
    // A disposed link (room unloaded or deleted) must stay silent: a write that completes after a
    // deletion would otherwise reach a fresh document of the same name on another relay.
    if (!isDisposed) fanOut.publish(doc, encodeFanOutMessage(message));
  };

  const requestCatchUp = (): void => {
    if (isDisposed || retryTimer !== null) return;
    if (catchUp === 'running' || catchUp === 'again') catchUp = 'again';
    else if (room?.status !== 'ready') catchUp = 'waiting-for-load';
    else void runCatchUp();
  };

  const runCatchUp = async (): Promise<void> => {
    do {
      catchUp = 'running';
      try {
        const stored = await deps.catchUpLimit(() => store.load(doc));
        if (isDisposed) return;
        if (stored && stored.updates.length > 0) room?.applyExternal(Y.mergeUpdates([...stored.updates]), { kind: 'storage' });
        retryMs = CATCH_UP_RETRY_MS.first;
      } catch (error) {
        logger.warn({ doc, err: error, retryMs }, 'fan-out catch-up failed, retrying');
        catchUp = 'idle';
        retryTimer = clock.setTimeout(() => {
          retryTimer = null;
          requestCatchUp();
        }, retryMs);
        retryMs = Math.min(retryMs * 2, CATCH_UP_RETRY_MS.max);
        return;
      }
      // Asked again while reading (a gap, a reconnect): the read may predate it, so read again.
    } while ((catchUp as CatchUpState) === 'again');
    catchUp = 'idle';
  };

  const scheduleExpiry = (): void => {
    if (expiryTimer !== null || isDisposed) return;
    const dueAt = remote.nextExpiryAt(options.remoteAwarenessTimeoutMs);
    if (dueAt === null) return;
    expiryTimer = clock.setTimeout(() => {
      expiryTimer = null;
      const removals = remote.expire(clock.now(), options.remoteAwarenessTimeoutMs);
      if (removals.length > 0) room?.broadcastAwareness(removals);
      scheduleExpiry();
    }, Math.max(0, dueAt - clock.now()));
  };

  const receiveAwareness = (awarenessUpdate: Uint8Array): void => {
    let entries: AwarenessEntry[];
    try {
      entries = decodeAwarenessUpdate(awarenessUpdate);
    } catch {
      return logger.warn({ doc }, 'undecodable fan-out awareness ignored');
    }
    const changed = remote.apply(entries.filter((entry) => !localClients.has(entry.clientId)), clock.now());
    if (changed.length > 0) room?.broadcastAwareness(changed);
    scheduleExpiry();
  };

  const answerHello = (): void => {
    const mine = room?.localAwareness() ?? [];
    if (mine.length > 0) publish({ kind: 'awareness', awarenessUpdate: encodeAwarenessUpdate(mine) });
  };

  const receive = (bytes: Uint8Array, from: string): void => {
    if (isDisposed) return;
    const message = decodeFanOutMessage(bytes);
    if (!message) return logger.warn({ doc, from }, 'malformed fan-out message ignored');
    switch (message.kind) {
      case 'update': {
        if (positions.update(`${from}/${message.stream}`, message.seq)) requestCatchUp();
        // While the room loads, dropping is safe: the update is stored (stored before published),
        // and a catch-up always follows the load once the subscription went live.
        if (room?.status === 'ready') room.applyExternal(message.update, { kind: 'fanout' });
        return;
      }
      case 'awareness':
        return receiveAwareness(message.awarenessUpdate);
      case 'hello':
        if (positions.hello(`${from}/${message.stream}`, message.seq)) requestCatchUp();
        return answerHello();
      case 'deleted':
        return deps.onDeleted();
    }
  };

  const onLive = (): void => {
    if (isDisposed) return;
    // Anything published before now may be lost: start counting afresh and read the store.
    positions.reset();
    requestCatchUp();
    publish({ kind: 'hello', stream: deps.stream, seq });
  };

  return {
    start(target) {
      room = target;
      unsubscribe = fanOut.subscribe(doc, { onMessage: receive, onLive });
    },
    roomLoaded() {
      if (catchUp === 'waiting-for-load') {
        catchUp = 'idle';
        requestCatchUp();
      }
    },
    onDurableUpdate(update) {
      seq++;
      publish({ kind: 'update', stream: deps.stream, seq, update, publishedAt: clock.now() });
    },
    onLocalAwareness(entries) {
      for (const entry of entries) {
        if (entry.stateJson === REMOVED_STATE_JSON) localClients.delete(entry.clientId);
        else {
          localClients.add(entry.clientId);
          remote.forget(entry.clientId);
        }
      }
      if (entries.length > 0) publish({ kind: 'awareness', awarenessUpdate: encodeAwarenessUpdate(entries) });
    },
    remoteAwareness: () => remote.entries(),
    admitLocalAwareness(entries) {
      return entries.filter((entry) => {
        const held = remote.heldClock(entry.clientId);
        return held === null || entry.clock > held;
      });
    },
    dispose() {
      if (isDisposed) return;
      isDisposed = true;
      unsubscribe?.();
      for (const timer of [retryTimer, expiryTimer]) if (timer !== null) clock.clearTimeout(timer);
    },
  };
}
