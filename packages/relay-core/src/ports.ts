/**
 * The ports of the relay core: everything the core needs from the outside world, as
 * interfaces only. Hosts (apps/relay) and adapters (SQLite, PostgreSQL, Redis, ...) implement
 * them; the core never imports a socket library, a database driver or `node:*`.
 */

/** One client connection, as seen by the core. The host pushes frames in through a Session. */
export interface Connection {
  /** Unique per relay process; used in logs and as the owner of awareness client IDs. */
  readonly id: string;
  /** Queues one binary frame to the client. Must not throw once the connection is closed. */
  send(message: Uint8Array): void;
  /** Closes the connection with a WebSocket close code and a short machine reason. */
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written to the network, for slow-consumer protection. */
  bufferedBytes(): number;
  /**
   * Stops reading frames from the client (backpressure: TCP then slows the sender). Frames the
   * transport had already read may still arrive. Idempotent.
   */
  pauseReading(): void;
  /** Reads frames again after `pauseReading`. Idempotent. */
  resumeReading(): void;
}

/** What a connection may do with a document. */
export type Access = 'read' | 'write';

/** Identity of the person behind a connection, when an authorizer provides one. */
export interface UserIdentity {
  readonly id: string;
  readonly name?: string;
  readonly color?: string;
}

/** What a connection presents to be let in. */
export interface Credentials {
  /** A bearer token (JWT), from the Sec-WebSocket-Protocol header or the `token` query parameter. */
  readonly token: string | null;
}

/** A successful authorization: what this connection may do, as whom, until when. */
export interface Grant {
  readonly access: Access;
  readonly user: UserIdentity | null;
  /** Milliseconds since the epoch when the grant ends (token expiry), or null for never. */
  readonly expiresAt: number | null;
  /** The token's ID (`jti`), so one token can be revoked. */
  readonly tokenId?: string | null;
  /** Milliseconds since the epoch when the token was issued (`iat`). */
  readonly issuedAt?: number | null;
}

/** The outcome of an authorization: expected refusals are values, not exceptions. */
export type AuthResult =
  | ({ readonly ok: true } & Grant)
  | { readonly ok: false; readonly failure: 'unauthenticated' | 'forbidden'; readonly detail: string };

/** Decides who may open which document, and with what access. */
export interface Authorizer {
  authorize(request: { readonly doc: string; readonly credentials: Credentials }): Promise<AuthResult>;
}

/** A document as persisted: zero or one snapshot followed by the update log, in order. */
export interface StoredDoc {
  /** Updates to apply in order (Yjs V1 encoding). The first may be a compacted snapshot. */
  readonly updates: readonly Uint8Array[];
  /** Sequence number of the last stored row; compaction replaces rows up to a given seq. */
  readonly lastSeq: number;
  /** Rows in the log after the snapshot, and their total bytes: drives compaction. */
  readonly logCount: number;
  readonly logBytes: number;
}

/** A stored document's listing entry. */
export interface DocSummary {
  readonly name: string;
  readonly sizeBytes: number;
  /** Milliseconds since the epoch of the last append or compaction. */
  readonly updatedAt: number;
}

/** How a version came to be: recorded by the relay after a burst of editing, or named by a person. */
export type VersionKind = 'auto' | 'named';

/** Someone who changed the document between two versions. */
export interface VersionAuthor {
  /** The token's `sub` when auth is on; otherwise the name the client gave in its presence. */
  readonly id: string;
  readonly name: string;
}

/** A version to store: the document's whole state at one moment, and who changed it since the previous one. */
export interface NewVersion {
  readonly kind: VersionKind;
  /** The name a person gave it; null for automatic versions. */
  readonly name: string | null;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly authors: readonly VersionAuthor[];
  /** The whole document as one Yjs V1 update (independent of the update log and its compaction). */
  readonly snapshot: Uint8Array;
}

/** A stored version's listing entry (without its content). */
export interface VersionInfo {
  /** Opaque, unique within the store, never reused. */
  readonly id: string;
  readonly kind: VersionKind;
  readonly name: string | null;
  readonly createdAt: number;
  readonly authors: readonly VersionAuthor[];
  /** Bytes of the snapshot. */
  readonly sizeBytes: number;
}

/** A stored version with its content. */
export interface StoredVersion extends VersionInfo {
  readonly snapshot: Uint8Array;
}

/**
 * Durable storage of Yjs documents as an append-only update log plus compacted snapshots.
 * The store only moves bytes; merging updates is the core's job, so every adapter is small.
 * Because a Yjs merge is a CRDT union, several relays may append to one doc without a lock.
 */
export interface DocStore {
  /** Loads a document, or `null` when it was never stored. */
  load(doc: string): Promise<StoredDoc | null>;
  /**
   * Appends one update; resolves only once it is durable (the core broadcasts after this).
   * Appends to one document get increasing seqs in call order, so the core may issue the
   * next append before the previous one resolved (adapters are free to group-commit them).
   */
  append(doc: string, update: Uint8Array): Promise<{ readonly seq: number }>;
  /**
   * Atomically replaces every row with seq ≤ `throughSeq` by `snapshot`.
   * Rows appended later (by this or another relay) are kept.
   */
  compact(doc: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Lists stored documents. */
  list(): Promise<DocSummary[]>;
  /** Deletes a document and all its versions; resolves `false` when it did not exist. */
  remove(doc: string): Promise<boolean>;
  /**
   * Stores a version of a stored document. Resolves null, storing nothing, when the document is
   * not stored (never created, or removed meanwhile): a version never brings a document back.
   */
  saveVersion(doc: string, version: NewVersion): Promise<VersionInfo | null>;
  /** A document's versions, newest first (by `createdAt`, then by save order). */
  listVersions(doc: string): Promise<VersionInfo[]>;
  /** One version with its content; null when `id` is not a version of `doc` (whatever `id` holds). */
  loadVersion(doc: string, id: string): Promise<StoredVersion | null>;
  /** Deletes the given versions of `doc` (retention); ids of other documents are ignored. Resolves how many went. */
  deleteVersions(doc: string, ids: readonly string[]): Promise<number>;
  /** Cheap round trip proving the store answers (readiness probe). */
  ping(): Promise<void>;
  /** Releases connections and file handles. */
  close(): Promise<void>;
}

/** Whether a FanOut currently delivers (`live`), has not connected yet, or may be losing messages. */
export type FanOutStatus = 'connecting' | 'live' | 'down';

/** What a FanOut subscriber is told about one document. */
export interface FanOutListener {
  /**
   * A message another instance published for this document. `from` identifies the publishing
   * instance (stable for its lifetime, different for every instance). The bytes may be a view
   * into a transport buffer: copy what you keep.
   */
  onMessage(message: Uint8Array, from: string): void;
  /**
   * The subscription is live: called once it first is, and again after every reconnect (or lost
   * publish). Whatever was published before may have been missed, so the subscriber catches up
   * from the shared store; messages published after this call are delivered.
   */
  onLive(): void;
}

/**
 * Carries updates and awareness between relay instances that serve the same document.
 * Best effort, like Redis pub/sub: messages may be lost while the transport is down, which
 * `onLive` reports afterwards. Per publisher, delivered messages keep their publish order.
 * A subscriber never receives its own publishes.
 */
export interface FanOut {
  /** Sends to every other instance subscribed to `doc`. Never throws; a lost message is reported by `onLive`. */
  publish(doc: string, message: Uint8Array): void;
  /** Starts receiving `doc`'s messages; returns the unsubscribe function. */
  subscribe(doc: string, listener: FanOutListener): () => void;
  /** For readiness probes: `live` when messages flow. */
  readonly status: FanOutStatus;
  /** Releases connections; idempotent. */
  close(): Promise<void>;
}

/** An opaque timer handle from a Clock. */
export type TimerHandle = { readonly __timer: unique symbol } | number | object;

/** Time, injectable so tests run on a fake clock. */
export interface Clock {
  now(): number;
  /**
   * Calls `callback` once `delayMs` has passed. Any delay must be honoured, also beyond the
   * 2^31-1 ms (24.8 days) that host timers clamp to 1 ms: build on `createLongTimers`.
   */
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Structured logger (pino-compatible subset). */
export interface Logger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Where a change to a document came from: used as the transaction origin. */
export type UpdateOrigin =
  | { readonly kind: 'client'; readonly sessionId: string }
  | { readonly kind: 'fanout' }
  | { readonly kind: 'storage' }
  | ServerEditOrigin;

/**
 * A change the relay itself makes on someone's behalf (an API import, a rename, a restore):
 * who asked for it and why, for logs and version authorship.
 */
export interface ServerEditOrigin {
  readonly kind: 'server';
  /** What the edit is, e.g. `import` or `rename`. */
  readonly action: string;
  /** The caller's user id, when auth says who it is. */
  readonly userId: string | null;
  /** The caller's display name, when the token has one (a version's authors show it). */
  readonly userName?: string | null;
}
