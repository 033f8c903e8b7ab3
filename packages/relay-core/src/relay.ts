import { CloseReason } from '@tandem/protocol';
import { createAllowAllAuthorizer } from './allow-all-authorizer';
import type { CompactionThresholds } from './compaction-policy';
import { BadMessageError, DocumentDeletedError, ForbiddenError, OverloadedError, UnauthenticatedError } from './errors';
import type { Access, Authorizer, Clock, Connection, Credentials, DocStore, Grant, Logger, ServerEditOrigin, TimerHandle, FanOut, VersionInfo } from './ports';
import { editAuthor } from './edit-author';
import { createVersionRecorder, defaultVersionOptions, type VersionOptions, type VersionRecorder } from './version-recorder';
import { snapshotFromStore } from './version-snapshot';
import { createRevocationList, revocationMatches } from './revocation-list';
import { createRoom, type Room } from './room';
import { applyServerEditToRoom } from './server-edits';
import { createConcurrencyLimit } from './concurrency-limit';
import { encodeFanOutMessage } from './fan-out-message';
import { createRoomFanOut, type RoomFanOut } from './room-fan-out';
import { createSession, type ManagedSession, type Session, type SessionOptions } from './session';
import { validateUpdate } from './validate-update';

/** Options of the relay core (its slice of the configuration). */
export interface RelayOptions extends SessionOptions {
  /** How long an empty document stays in memory before it is flushed and unloaded. */
  readonly unloadGraceMs: number;
  readonly compaction: CompactionThresholds;
  readonly maxAwarenessStateBytes: number;
  /** Awareness client IDs one connection may own (a browser tab uses one). */
  readonly maxAwarenessClientsPerConnection: number;
  /** Total awareness state of one document (what every newcomer is sent). */
  readonly maxAwarenessDocBytes: number;
  /** Awareness states not renewed for this long are dropped and their removal broadcast. */
  readonly awarenessTimeoutMs: number;
  /** Documents held in memory at once; joining another one gets 1013 when full. */
  readonly maxLoadedDocs: number;
  /** Connections to one document at once. */
  readonly maxConnectionsPerDoc: number;
  /** True when other relay instances append to the same store (implied by a fan-out). */
  readonly isStoreShared: boolean;
  /** With a fan-out: presence from other relays not renewed for this long is removed (default 30 s). */
  readonly remoteAwarenessTimeoutMs?: number;
  /** Automatic versions and their retention; defaults to {@link defaultVersionOptions}. */
  readonly versions?: VersionOptions;
}

/** Sensible defaults, used by tests and as the documented defaults. */
export const defaultRelayOptions: RelayOptions = {
  unloadGraceMs: 5_000,
  compaction: { maxUpdates: 500, maxBytes: 1024 * 1024 },
  maxAwarenessStateBytes: 64 * 1024,
  maxAwarenessClientsPerConnection: 4,
  maxAwarenessDocBytes: 1024 * 1024,
  // y-protocols' own outdatedTimeout: stock clients renew every 15 s.
  awarenessTimeoutMs: 30_000,
  maxMessageBytes: 16 * 1024 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxQueuedMessages: 1_000,
  handshakeTimeoutMs: 10_000,
  rateLimits: { messagesPerSecond: 500, messageBurst: 2_000, bytesPerSecond: 1024 * 1024, bytesBurst: 32 * 1024 * 1024 },
  maxLoadedDocs: 10_000,
  maxConnectionsPerDoc: 1_000,
  isStoreShared: false,
};

/** The ports the relay is composed of. */
export interface RelayDeps {
  readonly store: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Defaults to letting everyone write (loopback, no auth secret). */
  readonly authorizer?: Authorizer;
  /** Links this relay to others serving the same documents from the same store; none = single relay. */
  readonly fanOut?: FanOut;
}

/** What a host tells the core about a new connection. */
export interface ConnectRequest {
  readonly doc: string;
  readonly credentials?: Credentials;
}

/**
 * Which sessions a revocation applies to, and what happens to them. One naming a user or a
 * token (`jti`) is also remembered, so those tokens cannot simply reconnect (see
 * revocation-list.ts); one naming only a document acts on the sessions open now.
 */
export interface Revocation {
  readonly userId?: string;
  readonly tokenId?: string;
  readonly doc?: string;
  /** `close` ends the sessions (4403); `downgrade` makes them read-only. */
  readonly action: 'close' | 'downgrade';
}

/** Counters for health checks, metrics and leak tests. */
export interface RelayStats {
  readonly rooms: number;
  readonly sessions: number;
  readonly loadingRooms: number;
  readonly roomBytes: number;
}

/** The transport-agnostic relay: documents, sessions and their lifecycle. */
export interface Relay {
  /** Authorizes a connection, then attaches it to its document (loaded once, on first use). */
  connect(connection: Connection, request: ConnectRequest): Session;
  /** False once shutdown has begun: hosts should refuse new connections. */
  readonly isAccepting: boolean;
  /** Applies a revocation to every matching live session; returns how many it touched. */
  revoke(revocation: Revocation): number;
  /**
   * What a remembered revocation does to `grant` on `doc` now (`close` over `downgrade`), or
   * null: for hosts that authorize other requests (HTTP) with the same tokens.
   */
  revocationFor(doc: string, grant: Grant): 'close' | 'downgrade' | null;
  /**
   * Applies an update the relay makes itself (API import, rename, restore) as a forward edit:
   * validated like a client's, durable before anyone sees it, then sent to every connected
   * client. Loads the document if needed. Rejects with a RelayError: BadMessageError (corrupt
   * update), DocumentDeletedError (being deleted), OverloadedError, StorageUnavailableError.
   */
  applyServerUpdate(doc: string, update: Uint8Array, origin: ServerEditOrigin): Promise<void>;
  /**
   * Deletes a document: closes its live sessions with 4410 DOCUMENT_DELETED (stock clients do
   * not reconnect, so none re-uploads it), waits for the updates already accepted, then
   * removes it from the store. Sessions that arrive meanwhile get 4410 too. With a fan-out,
   * every other relay with the document open does the same (`closedSessions` counts this
   * relay's only).
   */
  deleteDocument(doc: string): Promise<DocumentDeletion>;
  /**
   * Names the current state of `doc` as a version, with the authors of the edits since the
   * previous version. Resolves null when the document is not stored. Works whether or not the
   * document is loaded; rejects when the store fails.
   */
  saveVersion(doc: string, name: string): Promise<VersionInfo | null>;
  /**
   * Records an automatic version now if `doc` has edits no version holds yet (before a restore,
   * so the state it replaces stays in the history). Rejects when the store fails.
   */
  recordPendingVersion(doc: string): Promise<void>;
  stats(): RelayStats;
  /** Resolves once every accepted update of every loaded document is durable. */
  flush(): Promise<void>;
  /**
   * Stops accepting, closes every session with 1012 so clients come back after the restart,
   * makes every accepted update durable and compacts what is in memory.
   */
  shutdown(): Promise<void>;
}

/** What a deletion found. */
export interface DocumentDeletion {
  /** Whether the store held the document. */
  readonly wasStored: boolean;
  /** Live sessions closed with 4410. */
  readonly closedSessions: number;
}

interface RoomEntry {
  readonly room: Room;
  /** The room's link to other relays, when there is a fan-out. */
  readonly link: RoomFanOut | null;
  readonly versions: VersionRecorder;
  unloadTimer: TimerHandle | null;
  isUnloading: boolean;
}

/** Fan-out catch-ups (store reads) a relay runs at once. */
const CATCH_UP_CONCURRENCY = 8;
/**
 * Compactions a relay runs at once. Documents edited at the same pace fill up together; with a
 * shared store each compaction re-reads the log and holds a pooled connection, so unbounded
 * they would starve the group commits of connections (the durable-ack tail).
 */
const COMPACTION_CONCURRENCY = 2;

/** Creates a relay core from its ports and options. */
export function createRelay(deps: RelayDeps, options: RelayOptions = defaultRelayOptions): Relay {
  const { store, clock, logger } = deps;
  const authorizer = deps.authorizer ?? createAllowAllAuthorizer();
  const rooms = new Map<string, RoomEntry>();
  const sessions = new Map<ManagedSession, Connection>();
  const revocations = createRevocationList({ maxEntries: 10_000 });
  /** Documents being deleted, with the deletion in flight (a second request joins it). */
  const deletions = new Map<string, Promise<DocumentDeletion>>();
  /** Server edits in flight per document: a deletion waits for them before removing. */
  const serverEdits = new Map<string, Set<Promise<void>>>();
  let serverEditCount = 0;
  let isAccepting = true;
  /** Numbers room openings: each opening is a fresh fan-out stream. */
  let streamCount = 0;
  const catchUpLimit = createConcurrencyLimit(CATCH_UP_CONCURRENCY);
  const compactionLimit = createConcurrencyLimit(COMPACTION_CONCURRENCY);

  const openRoom = (doc: string): RoomEntry => {
    const existing = rooms.get(doc);
    if (existing) {
      cancelUnload(existing);
      return existing;
    }
    const link = deps.fanOut ? createLink(doc, deps.fanOut) : null;
    const versions = createVersionRecorder({
      doc, store, clock, logger,
      options: options.versions ?? defaultVersionOptions,
      settle: () => room.flush(),
    });
    const room: Room = createRoom(doc, {
      store,
      logger,
      clock,
      options: {
        compaction: options.compaction,
        awareness: {
          maxStateBytes: options.maxAwarenessStateBytes,
          maxClientsPerOwner: options.maxAwarenessClientsPerConnection,
          maxDocumentBytes: options.maxAwarenessDocBytes,
          timeoutMs: options.awarenessTimeoutMs,
        },
        isStoreShared: options.isStoreShared || link !== null,
      },
      ...(link ? { fanOut: link } : {}),
      compactionLimit,
      onMemberEdit: (member) => versions.noteEdit(member.id, () => editAuthor(member.user, room.presenceOf(member.id))),
    });
    const entry: RoomEntry = { room, link, versions, unloadTimer: null, isUnloading: false };
    rooms.set(doc, entry);
    // Subscribe before loading, so nothing published after the load's read can slip past.
    link?.start(room);
    // Single-flight: every join of this doc shares this one load.
    void room.load().then((isLoaded) => {
      if (isLoaded) return link?.roomLoaded();
      link?.dispose();
      versions.dispose();
      if (rooms.get(doc) === entry) rooms.delete(doc);
    });
    return entry;
  };

  const createLink = (doc: string, fanOut: FanOut): RoomFanOut =>
    createRoomFanOut({
      doc,
      fanOut,
      store,
      clock,
      logger,
      stream: ++streamCount,
      catchUpLimit,
      options: { remoteAwarenessTimeoutMs: options.remoteAwarenessTimeoutMs ?? 30_000, maxAwarenessStateBytes: options.maxAwarenessStateBytes },
      onDeleted: () => {
        startDeletion(doc, 'remote').catch((error: unknown) => logger.error({ doc, err: error }, 'deletion from another relay failed'));
      },
    });

  const cancelUnload = (entry: RoomEntry): void => {
    if (entry.unloadTimer === null) return;
    clock.clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
  };

  const scheduleUnload = (entry: RoomEntry): void => {
    if (!isAccepting || entry.room.memberCount > 0 || entry.unloadTimer !== null) return;
    entry.unloadTimer = clock.setTimeout(() => {
      entry.unloadTimer = null;
      void unload(entry);
    }, options.unloadGraceMs);
  };

  const unload = async (entry: RoomEntry): Promise<void> => {
    if (entry.isUnloading || entry.room.memberCount > 0) return;
    entry.isUnloading = true;
    try {
      await entry.room.compactIfDirty();
      // Everyone left: the burst has gone quiet, whatever the idle timer says.
      await entry.versions.flush();
    } finally {
      entry.isUnloading = false;
    }
    // Someone may have joined while we were flushing: then the room simply stays.
    if (entry.room.memberCount === 0 && rooms.get(entry.room.name) === entry && entry.unloadTimer === null) {
      rooms.delete(entry.room.name);
      entry.link?.dispose();
      entry.versions.dispose();
      logger.debug({ doc: entry.room.name }, 'document unloaded');
    }
  };

  const onLeft = (session: ManagedSession): void => {
    sessions.delete(session);
    const entry = rooms.get(session.doc);
    if (entry) scheduleUnload(entry);
  };

  /** Joins an authorized session to its room, unless deleted, revoked or a capacity limit says no. */
  const admit = (session: ManagedSession, granted: Grant): void => {
    if (deletions.has(session.doc)) return session.fail(new DocumentDeletedError());
    const revoked = revocations.check(session.doc, granted, clock.now());
    if (revoked === 'close') return session.fail(new ForbiddenError('access revoked', CloseReason.revoked));
    const grant: Grant = revoked === 'downgrade' ? { ...granted, access: 'read' } : granted;
    const existing = rooms.get(session.doc);
    if (!existing && rooms.size >= options.maxLoadedDocs) {
      return session.fail(new OverloadedError(`${rooms.size} documents loaded`, CloseReason.tooManyDocuments));
    }
    if (existing && existing.room.memberCount >= options.maxConnectionsPerDoc) {
      return session.fail(new OverloadedError(`${existing.room.memberCount} connections to this document`, CloseReason.tooManyConnections));
    }
    session.attach(openRoom(session.doc).room, grant);
  };

  /**
   * `local`: asked here (the API), so other relays are told first. `remote`: another relay said
   * so; this relay still removes the document from the store itself, after its own flush, so a
   * write of its clients that was in flight cannot bring the document back.
   */
  const deleteDocument = async (doc: string, requestedBy: 'local' | 'remote'): Promise<DocumentDeletion> => {
    if (requestedBy === 'local') deps.fanOut?.publish(doc, encodeFanOutMessage({ kind: 'deleted' }));
    let closedSessions = 0;
    for (const session of [...sessions.keys()]) {
      if (session.doc !== doc) continue;
      session.fail(new DocumentDeletedError());
      closedSessions++;
    }
    await Promise.allSettled([...(serverEdits.get(doc) ?? [])]);
    const entry = rooms.get(doc);
    // No version of a document being deleted (a late one would be removed with it anyway).
    entry?.versions.dispose();
    if (entry) {
      // Stop talking about this document to other relays (what still lands here is deleted).
      entry.link?.dispose();
      // Whatever was accepted before the close must reach the store before it is removed,
      // or a late append would bring the document back.
      await entry.room.flush();
      cancelUnload(entry);
      if (rooms.get(doc) === entry) rooms.delete(doc);
    }
    // A compaction still running (unload) is harmless: compacting a removed doc is a no-op.
    const wasStored = await store.remove(doc);
    logger.info({ doc, closedSessions, wasStored, requestedBy }, 'document deleted');
    return { wasStored, closedSessions };
  };

  /** One deletion per document at a time; a second request (local or remote) joins it. */
  const startDeletion = (doc: string, requestedBy: 'local' | 'remote'): Promise<DocumentDeletion> => {
    const inFlight = deletions.get(doc);
    if (inFlight) return inFlight;
    const deletion = deleteDocument(doc, requestedBy).finally(() => deletions.delete(doc));
    deletions.set(doc, deletion);
    return deletion;
  };

  return {
    async applyServerUpdate(doc, update, origin) {
      if (!isAccepting) throw new OverloadedError('relay is shutting down', CloseReason.serviceRestart);
      if (deletions.has(doc)) throw new DocumentDeletedError();
      const check = validateUpdate(update);
      if (!check.ok) throw new BadMessageError(CloseReason.corruptUpdate, `corrupt update: ${check.detail}`);
      if (check.isEmpty) return;
      if (!rooms.has(doc) && rooms.size >= options.maxLoadedDocs) {
        throw new OverloadedError(`${rooms.size} documents loaded`, CloseReason.tooManyDocuments);
      }
      const entry = openRoom(doc);
      const user = origin.userId === null ? null : { id: origin.userId, ...(origin.userName ? { name: origin.userName } : {}) };
      const edit = applyServerEditToRoom(entry.room, update.slice(), `server-${++serverEditCount}`, user);
      const inFlight = serverEdits.get(doc) ?? new Set();
      serverEdits.set(doc, inFlight.add(edit));
      try {
        await edit;
      } finally {
        inFlight.delete(edit);
        if (inFlight.size === 0 && serverEdits.get(doc) === inFlight) serverEdits.delete(doc);
        if (rooms.get(doc) === entry) scheduleUnload(entry);
      }
      logger.info({ doc, action: origin.action, userId: origin.userId, bytes: update.byteLength }, 'server edit applied');
    },
    deleteDocument: (doc) => startDeletion(doc, 'local'),
    async saveVersion(doc, name) {
      const entry = rooms.get(doc);
      if (entry && entry.room.status === 'ready') return entry.versions.saveNamed(name);
      const snapshot = await snapshotFromStore(store, doc);
      return snapshot && store.saveVersion(doc, { kind: 'named', name, createdAt: clock.now(), authors: [], snapshot });
    },
    async recordPendingVersion(doc) {
      await rooms.get(doc)?.versions.flush();
    },
    connect(connection, request) {
      if (!isAccepting) {
        connection.close(1012, CloseReason.serviceRestart);
        return closedSession(connection.id, request.doc);
      }
      const session = createSession({ connection, doc: request.doc, clock, logger, options, onLeft });
      sessions.set(session, connection);
      authorizer.authorize({ doc: request.doc, credentials: request.credentials ?? { token: null } }).then(
        (result) => {
          if (!result.ok) {
            const refusal = result.failure === 'unauthenticated' ? new UnauthenticatedError(result.detail) : new ForbiddenError(result.detail);
            return session.fail(refusal);
          }
          if (!isAccepting || !sessions.has(session)) return;
          admit(session, result);
        },
        // An authorizer that throws is a bug or an outage, not a refusal: 1011, logged.
        (error: unknown) => session.fail(error),
      );
      return session;
    },
    get isAccepting() {
      return isAccepting;
    },
    revoke(revocation) {
      const entry = { ...revocation, revokedAt: clock.now() };
      const isRemembered = revocation.userId !== undefined || revocation.tokenId !== undefined;
      let touched = 0;
      let tokenExpiry: number | null = null;
      for (const session of [...sessions.keys()]) {
        const { grant } = session;
        // Still authorizing: who it is is not known yet. A remembered revocation is checked
        // when its grant arrives (admit); a document-wide one applies right now.
        const isMatch = grant ? revocationMatches(entry, session.doc, grant) : !isRemembered && (revocation.doc === undefined || revocation.doc === session.doc);
        if (!isMatch) continue;
        touched++;
        if (grant?.expiresAt != null) tokenExpiry = Math.max(tokenExpiry ?? 0, grant.expiresAt);
        if (revocation.action === 'close') session.fail(new ForbiddenError('access revoked', CloseReason.revoked));
        else session.downgrade();
      }
      if (isRemembered) revocations.add(entry, tokenExpiry);
      return touched;
    },
    revocationFor(doc, grant) {
      return revocations.check(doc, grant, clock.now());
    },
    stats() {
      let loadingRooms = 0;
      let roomBytes = 0;
      for (const { room } of rooms.values()) {
        if (room.status === 'loading') loadingRooms++;
        roomBytes += room.byteLength();
      }
      return { rooms: rooms.size, sessions: sessions.size, loadingRooms, roomBytes };
    },
    async flush() {
      await Promise.all([...rooms.values()].map(({ room }) => room.flush()));
    },
    async shutdown() {
      isAccepting = false;
      for (const entry of rooms.values()) cancelUnload(entry);
      for (const [session, connection] of [...sessions]) {
        connection.close(1012, CloseReason.serviceRestart);
        session.closed();
      }
      await Promise.all([...rooms.values()].map(({ room }) => room.compactIfDirty()));
      // The editing stops here: record what no version holds yet.
      await Promise.all([...rooms.values()].map(({ versions }) => versions.flush()));
      for (const { link, versions } of rooms.values()) {
        link?.dispose();
        versions.dispose();
      }
      rooms.clear();
    },
  };
}

/** A session for a connection refused while draining: it ignores everything. */
function closedSession(id: string, doc: string): Session {
  return { id, doc, receive: () => undefined, closed: () => undefined };
}
