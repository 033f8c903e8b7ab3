import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  CloseCode,
  CloseReason,
  REMOVED_STATE_JSON,
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwarenessMessage,
  encodeAwarenessUpdate,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate
} from "./chunk-IM3GHKGN.js";
import {
  Doc,
  Skip,
  applyUpdate,
  decodeStateVector,
  decodeUpdate,
  diffUpdate,
  encodeStateAsUpdate,
  encodeStateVector,
  encodeStateVectorFromUpdate,
  mergeUpdates,
  parseUpdateMeta
} from "./chunk-5MV72YBH.js";
import {
  createDecoder,
  createEncoder,
  hasContent,
  readUint8,
  readVarUint,
  readVarUint8Array,
  toUint8Array,
  writeUint8,
  writeVarUint,
  writeVarUint8Array
} from "./chunk-O56Q3G3K.js";

// ../../packages/relay-core/src/allow-all-authorizer.ts
function createAllowAllAuthorizer() {
  return {
    authorize: async () => ({ ok: true, access: "write", user: null, expiresAt: null })
  };
}

// ../../packages/relay-core/src/errors.ts
var RelayError = class extends Error {
  constructor(closeCode, closeReason, detail, options) {
    super(detail, options);
    this.closeCode = closeCode;
    this.closeReason = closeReason;
    this.name = new.target.name;
  }
};
var BadMessageError = class extends RelayError {
  constructor(reason, detail, options) {
    super(CloseCode.badMessage, reason, detail, options);
  }
};
var MessageTooBigError = class extends RelayError {
  constructor(byteLength, limit) {
    super(CloseCode.messageTooBig, CloseReason.messageTooBig, `frame of ${byteLength} bytes exceeds ${limit}`);
  }
};
var StorageUnavailableError = class extends RelayError {
  constructor(detail, options) {
    super(CloseCode.tryAgainLater, CloseReason.storageUnavailable, detail, options);
  }
};
var OverloadedError = class extends RelayError {
  constructor(detail, reason = CloseReason.tryAgainLater) {
    super(CloseCode.tryAgainLater, reason, detail);
  }
};
var UnauthenticatedError = class extends RelayError {
  constructor(detail, reason = CloseReason.unauthenticated) {
    super(CloseCode.unauthenticated, reason, detail);
  }
};
var ForbiddenError = class extends RelayError {
  constructor(detail, reason = CloseReason.forbidden) {
    super(CloseCode.forbidden, reason, detail);
  }
};
var RateLimitedError = class extends RelayError {
  constructor(detail) {
    super(CloseCode.rateLimited, CloseReason.rateLimited, detail);
  }
};
var HandshakeTimeoutError = class extends RelayError {
  constructor(timeoutMs) {
    super(CloseCode.handshakeTimeout, CloseReason.handshakeTimeout, `no message within ${timeoutMs} ms of connecting`);
  }
};
var DocumentDeletedError = class extends RelayError {
  constructor() {
    super(CloseCode.documentDeleted, CloseReason.documentDeleted, "the document was deleted");
  }
};

// ../../packages/relay-core/src/edit-author.ts
var MAX_PRESENCE_NAME_CHARS = 100;
function editAuthor(user, presenceStates) {
  if (user) return { id: user.id, name: user.name ?? user.id };
  for (const json of presenceStates) {
    const name = presenceName(json);
    if (name) return { id: name, name };
  }
  return null;
}
function presenceName(json) {
  try {
    const state = JSON.parse(json);
    const user = typeof state === "object" && state !== null ? state.user : null;
    const name = typeof user === "object" && user !== null ? user.name : null;
    if (typeof name !== "string") return null;
    const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME_CHARS);
    return trimmed || null;
  } catch {
    return null;
  }
}

// ../../packages/relay-core/src/serial-queue.ts
function createSerialQueue(deps) {
  let head = null;
  let tail = null;
  let length = 0;
  let running = null;
  const runOne = async (job) => {
    try {
      await job();
    } catch (error) {
      deps.onJobError(error);
    }
  };
  const drain = async () => {
    while (head !== null) {
      const { job } = head;
      head = head.next;
      if (head === null) tail = null;
      length--;
      await runOne(job);
    }
    running = null;
  };
  return {
    push(job) {
      const node = { job, next: null };
      if (tail === null) head = tail = node;
      else tail = tail.next = node;
      length++;
      running ??= drain();
    },
    whenIdle: () => running ?? Promise.resolve(),
    get length() {
      return length;
    }
  };
}

// ../../packages/relay-core/src/version-snapshot.ts
async function snapshotFromStore(store, doc) {
  const stored = await store.load(doc);
  if (!stored) return null;
  const ydoc = new Doc();
  try {
    ydoc.transact(() => {
      for (const update of stored.updates) applyUpdate(ydoc, update);
    });
    return encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}

// ../../packages/relay-core/src/version-retention.ts
var HOUR_MS = 36e5;
var DAY_MS = 24 * HOUR_MS;
var defaultVersionRetention = { keepAllMs: DAY_MS, keepHourlyMs: 7 * DAY_MS };
function versionsToDrop(versions, now, retention) {
  const ordered = [...versions].sort((a, b) => b.createdAt - a.createdAt);
  const seenGroups = /* @__PURE__ */ new Set();
  const dropped = [];
  for (const version of ordered) {
    if (version.kind === "named") continue;
    const age = now - version.createdAt;
    if (age < retention.keepAllMs) continue;
    const group = age < retention.keepHourlyMs ? `h${Math.floor(version.createdAt / HOUR_MS)}` : `d${Math.floor(version.createdAt / DAY_MS)}`;
    if (seenGroups.has(group)) dropped.push(version.id);
    else seenGroups.add(group);
  }
  return dropped;
}

// ../../packages/relay-core/src/version-recorder.ts
var defaultVersionOptions = { idleMs: 2 * 6e4, maxIntervalMs: 30 * 6e4, retention: defaultVersionRetention };
function createVersionRecorder(deps) {
  const { doc, store, clock, logger, options } = deps;
  const jobs = createSerialQueue({ onJobError: (error) => logger.error({ doc, err: error }, "version job failed") });
  let authors = /* @__PURE__ */ new Map();
  let countedMembers = /* @__PURE__ */ new Set();
  let unknownMembers = /* @__PURE__ */ new Map();
  let burstStartedAt = null;
  let lastEditAt = 0;
  let timer = null;
  let isDisposed = false;
  const dueAt = () => Math.min(lastEditAt + options.idleMs, (burstStartedAt ?? lastEditAt) + options.maxIntervalMs);
  const schedule = () => {
    if (timer !== null || isDisposed || burstStartedAt === null || options.idleMs <= 0) return;
    timer = clock.setTimeout(onTimer, Math.max(0, dueAt() - clock.now()));
  };
  function onTimer() {
    timer = null;
    if (burstStartedAt === null || isDisposed) return;
    if (clock.now() < dueAt()) return schedule();
    jobs.push(async () => void await record("auto", null));
  }
  const addAuthor = (memberId, who) => {
    if (!who) return false;
    countedMembers.add(memberId);
    unknownMembers.delete(memberId);
    if (!authors.has(who.id)) authors.set(who.id, who);
    return true;
  };
  const cancelTimer = () => {
    if (timer === null) return;
    clock.clearTimeout(timer);
    timer = null;
  };
  const cut = () => {
    for (const [memberId, author] of unknownMembers) addAuthor(memberId, author());
    const taken = { authors: [...authors.values()], members: countedMembers, startedAt: burstStartedAt };
    authors = /* @__PURE__ */ new Map();
    countedMembers = /* @__PURE__ */ new Set();
    unknownMembers = /* @__PURE__ */ new Map();
    burstStartedAt = null;
    cancelTimer();
    return taken;
  };
  const putBack = (taken) => {
    for (const author of taken.authors) if (!authors.has(author.id)) authors.set(author.id, author);
    for (const member of taken.members) countedMembers.add(member);
    burstStartedAt = Math.min(burstStartedAt ?? Infinity, taken.startedAt ?? clock.now());
    lastEditAt = Math.max(lastEditAt, clock.now());
    schedule();
  };
  const record = async (kind, name) => {
    if (isDisposed || kind === "auto" && burstStartedAt === null) return null;
    const taken = cut();
    let saved;
    try {
      await deps.settle();
      const snapshot = await snapshotFromStore(store, doc);
      saved = snapshot && await store.saveVersion(doc, { kind, name, createdAt: clock.now(), authors: taken.authors, snapshot });
    } catch (error) {
      putBack(taken);
      if (kind === "named") throw error;
      logger.warn({ doc, err: error }, "automatic version not recorded; will retry");
      return null;
    }
    if (saved) logger.debug({ doc, versionId: saved.id, kind, authors: taken.authors.length, bytes: saved.sizeBytes }, "version recorded");
    if (saved && kind === "auto") await thin();
    return saved;
  };
  const thin = async () => {
    try {
      const doomed = versionsToDrop(await store.listVersions(doc), clock.now(), options.retention);
      if (doomed.length > 0) await store.deleteVersions(doc, doomed);
    } catch (error) {
      logger.warn({ doc, err: error }, "version retention failed");
    }
  };
  return {
    noteEdit(memberId, author) {
      if (isDisposed) return;
      const now = clock.now();
      lastEditAt = now;
      burstStartedAt ??= now;
      if (!countedMembers.has(memberId) && !addAuthor(memberId, author())) unknownMembers.set(memberId, author);
      schedule();
    },
    async flush() {
      if (burstStartedAt !== null && !isDisposed) jobs.push(async () => void await record("auto", null));
      await jobs.whenIdle();
    },
    saveNamed(name) {
      return new Promise((resolve, reject) => {
        jobs.push(() => record("named", name).then(resolve, reject));
      });
    },
    dispose() {
      isDisposed = true;
      cancelTimer();
    }
  };
}

// ../../packages/relay-core/src/revocation-list.ts
function revocationMatches(entry, doc, grant) {
  if (entry.doc !== void 0 && entry.doc !== doc) return false;
  if (entry.userId !== void 0 && grant.user?.id !== entry.userId) return false;
  if (entry.tokenId !== void 0 && grant.tokenId !== entry.tokenId) return false;
  const issuedAt = grant.issuedAt ?? null;
  return entry.revokedAt === void 0 || issuedAt === null || issuedAt <= entry.revokedAt;
}
function createRevocationList(options) {
  const stored = [];
  const prune = (now) => {
    for (let i = stored.length - 1; i >= 0; i--) {
      const keepUntil = stored[i].keepUntil;
      if (keepUntil !== null && keepUntil < now) stored.splice(i, 1);
    }
  };
  return {
    add(entry, knownTokenExpiry) {
      const isTokenOnly = entry.tokenId !== void 0 && entry.userId === void 0;
      stored.push({ entry, keepUntil: isTokenOnly ? knownTokenExpiry : null });
      if (stored.length > options.maxEntries) stored.shift();
    },
    check(doc, grant, now) {
      prune(now);
      let action = null;
      for (const item of stored) {
        if (!revocationMatches(item.entry, doc, grant)) continue;
        if (item.keepUntil !== null && grant.expiresAt !== null) item.keepUntil = Math.max(item.keepUntil, grant.expiresAt);
        if (item.entry.action === "close") return "close";
        action = "downgrade";
      }
      return action;
    },
    get size() {
      return stored.length;
    }
  };
}

// ../../packages/relay-core/src/awareness-registry.ts
function createAwarenessRegistry(limits) {
  const states = /* @__PURE__ */ new Map();
  const idsByOwner = /* @__PURE__ */ new Map();
  let liveCount = 0;
  let liveBytes = 0;
  const release = (clientId, state) => {
    states.delete(clientId);
    idsByOwner.get(state.owner.id)?.delete(clientId);
    if (idsByOwner.get(state.owner.id)?.size === 0) idsByOwner.delete(state.owner.id);
    if (state.stateJson !== null) {
      liveCount--;
      liveBytes -= state.stateJson.length;
    }
  };
  const claim = (clientId, owner) => {
    let ids = idsByOwner.get(owner.id);
    if (!ids) idsByOwner.set(owner.id, ids = /* @__PURE__ */ new Set());
    ids.add(clientId);
  };
  const mayTakeOver = (current, owner) => current.owner.userId !== null && current.owner.userId === owner.userId;
  const applyOne = (owner, entry, now) => {
    const current = states.get(entry.clientId);
    const isTakeover = current !== void 0 && current.owner.id !== owner.id;
    if (isTakeover && !mayTakeOver(current, owner)) return "foreign-client";
    if ((!current || isTakeover) && (idsByOwner.get(owner.id)?.size ?? 0) >= limits.maxClientsPerOwner) return "too-many-clients";
    const isRemoval = entry.stateJson === REMOVED_STATE_JSON;
    if (current && (entry.clock < current.clock || entry.clock === current.clock && !isRemoval && !isTakeover)) return "stale";
    if (isRemoval) {
      if (!current || current.stateJson === null) return "stale";
      if (isTakeover) {
        idsByOwner.get(current.owner.id)?.delete(entry.clientId);
        current.owner = owner;
        claim(entry.clientId, owner);
      }
      liveCount--;
      liveBytes -= current.stateJson.length;
      Object.assign(current, { clock: entry.clock, stateJson: null, renewedAt: now });
      return "accepted";
    }
    if (entry.stateJson.length > limits.maxStateBytes) return "too-big";
    if (!isJsonObject(entry.stateJson)) return "not-json";
    const replacedBytes = current?.stateJson?.length ?? 0;
    if (liveBytes - replacedBytes + entry.stateJson.length > limits.maxDocumentBytes) return "document-full";
    if (current) release(entry.clientId, current);
    states.set(entry.clientId, { clock: entry.clock, stateJson: entry.stateJson, owner, renewedAt: now });
    claim(entry.clientId, owner);
    liveCount++;
    liveBytes += entry.stateJson.length;
    return "accepted";
  };
  const isExpired = (state, now) => state.stateJson !== null && now - state.renewedAt >= limits.timeoutMs;
  return {
    apply(owner, entries, now) {
      const accepted = [];
      const rejected = [];
      for (const entry of entries) {
        const outcome = applyOne(owner, entry, now);
        if (outcome === "accepted") accepted.push(entry);
        else if (outcome !== "stale") rejected.push({ clientId: entry.clientId, why: outcome });
      }
      return { accepted, rejected };
    },
    removeOwner(ownerId) {
      const removals = [];
      for (const clientId of [...idsByOwner.get(ownerId) ?? []]) {
        const state = states.get(clientId);
        if (state.stateJson !== null) removals.push({ clientId, clock: state.clock + 1, stateJson: REMOVED_STATE_JSON });
        release(clientId, state);
      }
      return removals;
    },
    expire(now) {
      const removals = [];
      for (const [clientId, state] of [...states]) {
        if (!isExpired(state, now)) continue;
        removals.push({ clientId, clock: state.clock, stateJson: REMOVED_STATE_JSON });
        release(clientId, state);
      }
      return removals;
    },
    nextExpiryAt() {
      let earliest = null;
      for (const state of states.values()) {
        if (state.stateJson === null) continue;
        const at = state.renewedAt + limits.timeoutMs;
        if (earliest === null || at < earliest) earliest = at;
      }
      return earliest;
    },
    entries(now) {
      const live = [];
      for (const [clientId, state] of states) {
        if (state.stateJson !== null && !isExpired(state, now)) live.push({ clientId, clock: state.clock, stateJson: state.stateJson });
      }
      return live;
    },
    statesOf(ownerId) {
      const owned = [];
      for (const clientId of idsByOwner.get(ownerId) ?? []) {
        const json = states.get(clientId)?.stateJson;
        if (json) owned.push(json);
      }
      return owned;
    },
    get size() {
      return liveCount;
    },
    get heldIds() {
      return states.size;
    }
  };
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// ../../packages/relay-core/src/compaction-policy.ts
var UNSCALED_SNAPSHOT_BYTES = 64 * 1024;
function shouldCompact(log, snapshotBytes, thresholds) {
  if (log.count === 0) return false;
  const scale = Math.max(1, snapshotBytes / UNSCALED_SNAPSHOT_BYTES);
  return log.count >= thresholds.maxUpdates * scale || log.bytes >= thresholds.maxBytes * scale;
}

// ../../packages/relay-core/src/update-chunk.ts
var EMPTY_UPDATE = Uint8Array.of(0, 0);
function readUpdateRanges(update) {
  const { structs, ds } = decodeUpdate(update);
  const starts = /* @__PURE__ */ new Map();
  const ends = /* @__PURE__ */ new Map();
  let hasHoles = false;
  for (const struct of structs) {
    const { client, clock } = struct.id;
    if (struct instanceof Skip) hasHoles = true;
    if (!starts.has(client)) starts.set(client, clock);
    ends.set(client, clock + struct.length);
  }
  return { starts, ends, hasHoles, hasDeletions: ds.clients.size > 0 };
}
function createUpdateChunk(update, known) {
  let ends = known?.ends ?? null;
  let deletions = known?.hasDeletions === false ? EMPTY_UPDATE : null;
  const chunk = {
    update,
    mayDelete: known?.hasDeletions !== false,
    ends: () => ends ??= parseUpdateMeta(update).to,
    // Diffing against the chunk's own ends drops every struct and keeps the whole delete set.
    deletionsOnly: () => deletions ??= diffUpdate(update, encodeStateVector(chunk.ends())),
    isMissingFrom(stateVector) {
      for (const [client, end] of chunk.ends()) if ((stateVector.get(client) ?? 0) < end) return true;
      return false;
    }
  };
  return chunk;
}
function withDeletions(structs, deletions) {
  const own = createUpdateChunk(structs).deletionsOnly();
  const ownSection = own.byteLength - 1;
  const structsEnd = structs.byteLength - ownSection;
  if (!isSuffix(structs, own.subarray(1))) return mergeUpdates([structs, deletions]);
  const spliced = new Uint8Array(structsEnd + deletions.byteLength - 1);
  spliced.set(structs.subarray(0, structsEnd), 0);
  spliced.set(deletions.subarray(1), structsEnd);
  return spliced;
}
function isSuffix(bytes, suffix) {
  const offset = bytes.byteLength - suffix.byteLength;
  if (offset < 0) return false;
  for (let i = 0; i < suffix.byteLength; i++) if (bytes[offset + i] !== suffix[i]) return false;
  return true;
}
function isEmptyUpdate(update) {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

// ../../packages/relay-core/src/doc-state.ts
var EMPTY_STATE_VECTOR = Uint8Array.of(0);
var DEFAULT_TUNING = { maxRecentChunks: 256, minMiddleBytes: 64 * 1024 };
var SHARED_MIDDLE = -1;
function mergeChunks(parts) {
  const ends = /* @__PURE__ */ new Map();
  for (const part of parts) for (const [client, end] of part.ends()) ends.set(client, Math.max(end, ends.get(client) ?? 0));
  return createUpdateChunk(mergeUpdates(parts.map((part) => part.update)), { ends, hasDeletions: parts.some((part) => part.mayDelete) });
}
function middleKeyOf(chunk) {
  const ends = chunk.ends();
  return ends.size === 1 ? ends.keys().next().value : SHARED_MIDDLE;
}
function createDocState(stored = [], tuning = DEFAULT_TUNING) {
  let base = null;
  const middles = /* @__PURE__ */ new Map();
  let middleBytes = 0;
  let recent = [];
  let unread = stored.filter((update) => !isEmptyUpdate(update));
  let unsettled = [];
  let bytes = unread.reduce((sum, update) => sum + update.byteLength, 0);
  let clocks = /* @__PURE__ */ new Map();
  let encodedClocks = null;
  let mayHaveHoles = false;
  let deletions = EMPTY_UPDATE;
  let deletionsToAdd = [];
  const settle = () => {
    if (unread.length > 0) {
      const updates2 = unread;
      unread = [];
      setBase(createUpdateChunk(updates2.length === 1 ? updates2[0] : mergeUpdates(updates2)), true);
    }
    if (unsettled.length === 0) return;
    const updates = unsettled;
    unsettled = [];
    for (const update of updates) settleOne(update);
    if (recent.length >= tuning.maxRecentChunks) mergeRecent();
  };
  const settleOne = (update) => {
    const ranges = readUpdateRanges(update);
    const chunk = createUpdateChunk(update, ranges);
    recent.push(chunk);
    if (ranges.hasDeletions) deletionsToAdd.push(chunk);
    mayHaveHoles ??= base !== null && [...base.ends()].some(([client, end]) => clocks?.get(client) !== end);
    if (ranges.hasHoles || mayHaveHoles) clocks = null;
    for (const [client, start] of ranges.starts) {
      if (clocks === null) break;
      const known = clocks.get(client) ?? 0;
      if (start > known) clocks = null;
      else clocks.set(client, Math.max(known, ranges.ends.get(client) ?? known));
    }
  };
  const chunks = () => {
    settle();
    const all = base ? [base] : [];
    for (const middle of middles.values()) all.push(middle);
    return all.concat(recent);
  };
  const foldAll = () => {
    const parts = chunks();
    const [first] = parts;
    if (first === void 0) return null;
    if (parts.length > 1 || first !== base || clocks === null) {
      setBase(parts.length === 1 ? first : mergeChunks(parts), clocks === null);
    }
    return base;
  };
  const setBase = (chunk, isVectorStale) => {
    if (isVectorStale) {
      clocks = decodeStateVector(encodeStateVectorFromUpdate(chunk.update));
      encodedClocks = null;
      mayHaveHoles = null;
      deletions = null;
      deletionsToAdd = [];
    }
    base = chunk;
    middles.clear();
    middleBytes = 0;
    recent = [];
    bytes = chunk.update.byteLength;
  };
  const mergeRecent = () => {
    const groups = /* @__PURE__ */ new Map();
    for (const chunk of recent) {
      const key = middleKeyOf(chunk);
      const group = groups.get(key) ?? groups.set(key, []).get(key);
      group.push(chunk);
    }
    recent = [];
    for (const [key, group] of groups) {
      const middle = middles.get(key);
      if (middle) middleBytes -= middle.update.byteLength;
      const merged = mergeChunks(middle ? [middle, ...group] : group);
      middles.set(key, merged);
      middleBytes += merged.update.byteLength;
    }
    if (middleBytes >= Math.max(tuning.minMiddleBytes, (base?.update.byteLength ?? 0) / 4)) {
      base = mergeChunks(base ? [base, ...middles.values()] : [...middles.values()]);
      middles.clear();
      middleBytes = 0;
    }
    bytes = (base?.update.byteLength ?? 0) + middleBytes;
  };
  const allDeletions = () => {
    if (deletions === null) {
      deletions = mergeDeletions(chunks());
      deletionsToAdd = [];
    } else if (deletionsToAdd.length > 0) {
      deletions = mergeDeletions([createUpdateChunk(deletions), ...deletionsToAdd]);
      deletionsToAdd = [];
    }
    return deletions;
  };
  return {
    add(update) {
      if (isEmptyUpdate(update)) return;
      unsettled.push(update);
      bytes += update.byteLength;
      encodedClocks = null;
    },
    encodeState() {
      return foldAll()?.update ?? EMPTY_UPDATE;
    },
    encodeStateVector() {
      if (encodedClocks) return encodedClocks;
      settle();
      if (clocks === null) foldAll();
      encodedClocks = clocks !== null && clocks.size > 0 ? encodeStateVector(clocks) : EMPTY_STATE_VECTOR;
      return encodedClocks;
    },
    encodeDiff(stateVector) {
      const vector = decodeStateVector(stateVector);
      if (vector.size === 0) return foldAll()?.update ?? EMPTY_UPDATE;
      const missing = chunks().filter((chunk) => chunk.isMissingFrom(vector));
      if (missing.length === 0) return allDeletions();
      const parts = missing.map((chunk) => diffUpdate(chunk.update, stateVector));
      return withDeletions(parts.length === 1 ? parts[0] : mergeUpdates(parts), allDeletions());
    },
    compact() {
      const doc = new Doc();
      try {
        const parts = [...unread, ...base ? [base.update] : [], ...[...middles.values(), ...recent].map((chunk) => chunk.update), ...unsettled];
        doc.transact(() => {
          for (const update of parts) applyUpdate(doc, update);
        });
        unread = [];
        unsettled = [];
        setBase(createUpdateChunk(encodeStateAsUpdate(doc)), true);
      } finally {
        doc.destroy();
      }
      return base.update;
    },
    byteLength: () => bytes
  };
}
function mergeDeletions(chunks) {
  const parts = chunks.filter((chunk) => chunk.mayDelete).map((chunk) => chunk.deletionsOnly()).filter((part) => !isEmptyUpdate(part));
  if (parts.length === 0) return EMPTY_UPDATE;
  return parts.length === 1 ? parts[0] : mergeUpdates(parts);
}

// ../../packages/relay-core/src/stamp-awareness.ts
function stampAwarenessEntry(entry, user) {
  if (entry.stateJson === REMOVED_STATE_JSON) return entry;
  const state = parseObject(entry.stateJson);
  if (!state) return entry;
  const claimed = typeof state.user === "object" && state.user !== null ? state.user : {};
  const color = user.color ?? (typeof claimed.color === "string" ? claimed.color : void 0);
  state.user = { id: user.id, name: user.name ?? user.id, ...color ? { color } : {} };
  return { ...entry, stateJson: JSON.stringify(state) };
}
function parseObject(json) {
  try {
    const value = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

// ../../packages/relay-core/src/validate-update.ts
var EMPTY_V1_UPDATE_BYTES = 2;
function validateUpdate(update) {
  try {
    const decoded = decodeUpdate(update);
    const isEmpty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
    if (isEmpty && update.byteLength !== EMPTY_V1_UPDATE_BYTES) {
      return { ok: false, detail: "not a Yjs V1 update (V2 or trailing bytes)" };
    }
    return { ok: true, isEmpty };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

// ../../packages/relay-core/src/room.ts
function createRoom(name, deps) {
  const { store, logger, clock, options } = deps;
  const members = /* @__PURE__ */ new Set();
  const awareness = createAwarenessRegistry(options.awareness);
  let expiryTimer = null;
  const writes = createSerialQueue({
    // Jobs handle their own failures; this is the queue's guarantee that a bug cannot wedge
    // every later write of the document.
    onJobError: (error) => logger.error({ doc: name, err: error }, "write job failed")
  });
  let status = "loading";
  let state = createDocState();
  let log = { count: 0, bytes: 0 };
  let snapshotBytes = 0;
  let lastSeq = 0;
  const broadcast = (message, except) => {
    for (const member of members) if (member !== except) member.send(message);
  };
  const allAwareness = () => [...awareness.entries(clock.now()), ...deps.fanOut?.remoteAwareness() ?? []];
  const greet = (member) => {
    member.send(encodeSyncStep1(state.encodeStateVector()));
    const present = allAwareness();
    if (present.length > 0) member.send(encodeAwarenessMessage(encodeAwarenessUpdate(present)));
    member.markReady();
  };
  const broadcastAwareness = (entries) => {
    if (entries.length > 0) broadcast(encodeAwarenessMessage(encodeAwarenessUpdate(entries)));
  };
  const expireAwareness = () => {
    expiryTimer = null;
    const removals = awareness.expire(clock.now());
    broadcastAwareness(removals);
    if (removals.length > 0) deps.fanOut?.onLocalAwareness(removals);
    scheduleExpiry();
  };
  const scheduleExpiry = () => {
    const at = awareness.nextExpiryAt();
    if (expiryTimer !== null || at === null) return;
    expiryTimer = clock.setTimeout(expireAwareness, Math.max(0, at - clock.now()));
  };
  const compact = async () => {
    let throughSeq = lastSeq;
    if (options.isStoreShared) {
      const stored = await store.load(name);
      if (stored && stored.updates.length > 0) applyExternal(mergeUpdates([...stored.updates]), { kind: "storage" });
      throughSeq = stored?.lastSeq ?? 0;
    }
    const snapshot = state.compact();
    if (throughSeq > 0) await store.compact(name, snapshot, throughSeq);
    log = { count: 0, bytes: 0 };
    snapshotBytes = snapshot.byteLength;
  };
  const compactSafely = async () => {
    try {
      await (deps.compactionLimit ? deps.compactionLimit(compact) : compact());
    } catch (error) {
      logger.error({ doc: name, err: error }, "compaction failed");
    }
  };
  const broadcastWhenDurable = async (update, durable, origin) => {
    try {
      lastSeq = (await durable).seq;
    } catch (error) {
      logger.error({ doc: name, sessionId: origin.id, err: error }, "append failed");
      origin.fail(new StorageUnavailableError("could not persist update", { cause: error }));
      return;
    }
    state.add(update);
    log = { count: log.count + 1, bytes: log.bytes + update.byteLength };
    broadcast(encodeSyncUpdate(update), origin);
    deps.fanOut?.onDurableUpdate(update);
    deps.onMemberEdit?.(origin);
    if (shouldCompact(log, snapshotBytes, options.compaction)) await compactSafely();
  };
  const receiveUpdate = (member, update) => {
    if (member.access !== "write") {
      member.send(encodePermissionDenied("read-only"));
      return;
    }
    const check = validateUpdate(update);
    if (!check.ok) throw new BadMessageError(CloseReason.corruptUpdate, `corrupt update: ${check.detail}`);
    if (check.isEmpty) return;
    const owned = update.slice();
    const durable = store.append(name, owned);
    durable.catch(() => void 0);
    writes.push(() => broadcastWhenDurable(owned, durable, member));
  };
  const receiveStateVector = (member, stateVector) => {
    let diff;
    try {
      diff = state.encodeDiff(stateVector);
    } catch (error) {
      throw new BadMessageError(CloseReason.badMessage, "invalid state vector", { cause: error });
    }
    member.send(encodeSyncStep2(diff));
  };
  const receiveAwareness = (member, update) => {
    let entries;
    try {
      entries = decodeAwarenessUpdate(update);
    } catch (error) {
      throw new BadMessageError(CloseReason.badAwareness, "undecodable awareness update", { cause: error });
    }
    if (deps.fanOut) entries = deps.fanOut.admitLocalAwareness(entries);
    const user = member.user;
    if (user) entries = entries.map((entry) => stampAwarenessEntry(entry, user));
    const { accepted, rejected } = awareness.apply({ id: member.id, userId: user?.id ?? null }, entries, clock.now());
    if (rejected.length > 0) logger.debug({ doc: name, sessionId: member.id, rejected: rejected.slice(0, 10), rejectedCount: rejected.length }, "awareness entries refused");
    broadcastAwareness(accepted);
    if (accepted.length > 0) deps.fanOut?.onLocalAwareness(accepted);
    scheduleExpiry();
  };
  const applyExternal = (update, origin) => {
    if (status !== "ready") return;
    let change = update;
    if (origin.kind === "storage") {
      change = diffUpdate(update, state.encodeStateVector());
    } else {
      const check = validateUpdate(update);
      if (!check.ok) return logger.warn({ doc: name, detail: check.detail }, "corrupt fan-out update ignored");
    }
    if (isEmptyUpdate2(change)) return;
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
        status = "ready";
      } catch (error) {
        status = "failed";
        logger.error({ doc: name, err: error }, "load failed");
        const failure = new StorageUnavailableError("could not load document", { cause: error });
        for (const member of [...members]) member.fail(failure);
        return false;
      }
      for (const member of members) greet(member);
      if (shouldCompact(log, snapshotBytes, options.compaction)) writes.push(compactSafely);
      return true;
    },
    join(member) {
      members.add(member);
      if (status === "ready") greet(member);
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
        case "sync-step1":
          return receiveStateVector(member, message.stateVector);
        case "sync-step2":
        case "sync-update":
          return receiveUpdate(member, message.update);
        case "awareness":
          return receiveAwareness(member, message.update);
        case "query-awareness":
          return member.send(encodeAwarenessMessage(encodeAwarenessUpdate(allAwareness())));
        case "auth":
          return;
      }
    },
    flush: () => writes.whenIdle(),
    async compactIfDirty() {
      await writes.whenIdle();
      if (status !== "ready" || log.count === 0) return;
      writes.push(compactSafely);
      await writes.whenIdle();
    },
    byteLength: () => state.byteLength(),
    presenceOf: (memberId) => awareness.statesOf(memberId),
    applyExternal,
    broadcastAwareness,
    localAwareness: () => awareness.entries(clock.now())
  };
}
function isEmptyUpdate2(update) {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

// ../../packages/relay-core/src/server-edits.ts
function createServerMember(id, user) {
  let failure = null;
  let markReady;
  let failReady;
  const ready = new Promise((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  ready.catch(() => void 0);
  return {
    id,
    access: "write",
    // Who asked for the edit: a version's authors include them.
    user,
    ready,
    get failure() {
      return failure;
    },
    send: () => void 0,
    // the relay does not need its own sync messages or echoes
    fail(error) {
      failure ??= error;
      failReady(error);
    },
    markReady: () => markReady()
  };
}
async function applyServerEditToRoom(room, update, memberId, user = null) {
  const member = createServerMember(memberId, user);
  room.join(member);
  try {
    if (room.status === "failed") throw new StorageUnavailableError("could not load document");
    await member.ready;
    room.handle(member, { kind: "sync-update", update });
    await room.flush();
    if (member.failure) throw member.failure;
  } finally {
    room.leave(member);
  }
}

// ../../packages/relay-core/src/concurrency-limit.ts
function createConcurrencyLimit(max) {
  let running = 0;
  const waiting = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async (job) => {
    if (running >= max) await new Promise((resolve) => waiting.push(resolve));
    running++;
    try {
      return await job();
    } finally {
      release();
    }
  };
}

// ../../packages/relay-core/src/fan-out-message.ts
var FORMAT_VERSION = 1;
var KIND_CODE = { update: 0, awareness: 1, hello: 2, deleted: 3 };
function encodeFanOutMessage(message) {
  const encoder = createEncoder();
  writeUint8(encoder, FORMAT_VERSION);
  writeUint8(encoder, KIND_CODE[message.kind]);
  switch (message.kind) {
    case "update":
      writeVarUint(encoder, message.stream);
      writeVarUint(encoder, message.seq);
      writeVarUint8Array(encoder, message.update);
      break;
    case "awareness":
      writeVarUint8Array(encoder, message.awarenessUpdate);
      break;
    case "hello":
      writeVarUint(encoder, message.stream);
      writeVarUint(encoder, message.seq);
      break;
    case "deleted":
      break;
  }
  return toUint8Array(encoder);
}
function decodeFanOutMessage(bytes) {
  try {
    const decoder = createDecoder(bytes);
    if (readUint8(decoder) !== FORMAT_VERSION) return null;
    const kind = readUint8(decoder);
    let message = null;
    if (kind === KIND_CODE.update) {
      const stream = readVarUint(decoder);
      const seq = readVarUint(decoder);
      message = { kind: "update", stream, seq, update: readVarUint8Array(decoder).slice() };
    } else if (kind === KIND_CODE.awareness) {
      message = { kind: "awareness", awarenessUpdate: readVarUint8Array(decoder) };
    } else if (kind === KIND_CODE.hello) {
      message = { kind: "hello", stream: readVarUint(decoder), seq: readVarUint(decoder) };
    } else if (kind === KIND_CODE.deleted) {
      message = { kind: "deleted" };
    }
    return message && !hasContent(decoder) ? message : null;
  } catch {
    return null;
  }
}

// ../../packages/relay-core/src/remote-awareness.ts
function createRemoteAwareness(options) {
  const states = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  const applyOne = (entry, now) => {
    const current = states.get(entry.clientId);
    const isRemoval = entry.stateJson === REMOVED_STATE_JSON;
    if (current && (entry.clock < current.clock || entry.clock === current.clock && !isRemoval)) return false;
    if (isRemoval) {
      if (!current) return false;
      states.delete(entry.clientId);
      removed.set(entry.clientId, { clock: current.clock, at: now });
      return true;
    }
    if (entry.stateJson.length > options.maxStateBytes || !isJsonObject2(entry.stateJson)) return false;
    states.set(entry.clientId, { clock: entry.clock, stateJson: entry.stateJson, renewedAt: now });
    removed.delete(entry.clientId);
    return true;
  };
  return {
    apply(entries, now) {
      return entries.filter((entry) => applyOne(entry, now));
    },
    expire(now, timeoutMs) {
      const removals = [];
      for (const [clientId, state] of states) {
        if (now - state.renewedAt < timeoutMs) continue;
        states.delete(clientId);
        removed.set(clientId, { clock: state.clock, at: now });
        removals.push({ clientId, clock: state.clock + 1, stateJson: REMOVED_STATE_JSON });
      }
      for (const [clientId, tombstone] of removed) if (now - tombstone.at >= timeoutMs) removed.delete(clientId);
      return removals;
    },
    forget(clientId) {
      states.delete(clientId);
      removed.delete(clientId);
    },
    heldClock(clientId) {
      return states.get(clientId)?.clock ?? removed.get(clientId)?.clock ?? null;
    },
    nextExpiryAt(timeoutMs) {
      let earliest = null;
      for (const { renewedAt } of states.values()) if (earliest === null || renewedAt < earliest) earliest = renewedAt;
      for (const { at } of removed.values()) if (earliest === null || at < earliest) earliest = at;
      return earliest === null ? null : earliest + timeoutMs;
    },
    entries() {
      return [...states].map(([clientId, state]) => ({ clientId, clock: state.clock, stateJson: state.stateJson }));
    },
    get size() {
      return states.size;
    }
  };
}
function isJsonObject2(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

// ../../packages/relay-core/src/stream-positions.ts
var MAX_STREAMS = 4096;
function createStreamPositions() {
  const last = /* @__PURE__ */ new Map();
  const record = (key, seq) => {
    const previous = last.get(key);
    if (previous === void 0 && last.size >= MAX_STREAMS) last.clear();
    last.set(key, Math.max(previous ?? 0, seq));
    return previous;
  };
  return {
    update(key, seq) {
      const previous = record(key, seq);
      return previous === void 0 ? seq !== 1 : seq > previous + 1;
    },
    hello(key, seq) {
      const previous = record(key, seq);
      return seq > (previous ?? 0);
    },
    reset() {
      last.clear();
    }
  };
}

// ../../packages/relay-core/src/room-fan-out.ts
var CATCH_UP_RETRY_MS = { first: 500, max: 3e4 };
function createRoomFanOut(deps) {
  const { doc, fanOut, store, clock, logger, options } = deps;
  const remote = createRemoteAwareness({ maxStateBytes: options.maxAwarenessStateBytes });
  const positions = createStreamPositions();
  const localClients = /* @__PURE__ */ new Set();
  let room = null;
  let unsubscribe = null;
  let isDisposed = false;
  let seq = 0;
  let catchUp = "idle";
  let retryMs = CATCH_UP_RETRY_MS.first;
  let retryTimer = null;
  let expiryTimer = null;
  const publish = (message) => {
    if (!isDisposed) fanOut.publish(doc, encodeFanOutMessage(message));
  };
  const requestCatchUp = () => {
    if (isDisposed || retryTimer !== null) return;
    if (catchUp === "running" || catchUp === "again") catchUp = "again";
    else if (room?.status !== "ready") catchUp = "waiting-for-load";
    else void runCatchUp();
  };
  const runCatchUp = async () => {
    do {
      catchUp = "running";
      try {
        const stored = await deps.catchUpLimit(() => store.load(doc));
        if (isDisposed) return;
        if (stored && stored.updates.length > 0) room?.applyExternal(mergeUpdates([...stored.updates]), { kind: "storage" });
        retryMs = CATCH_UP_RETRY_MS.first;
      } catch (error) {
        logger.warn({ doc, err: error, retryMs }, "fan-out catch-up failed, retrying");
        catchUp = "idle";
        retryTimer = clock.setTimeout(() => {
          retryTimer = null;
          requestCatchUp();
        }, retryMs);
        retryMs = Math.min(retryMs * 2, CATCH_UP_RETRY_MS.max);
        return;
      }
    } while (catchUp === "again");
    catchUp = "idle";
  };
  const scheduleExpiry = () => {
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
  const receiveAwareness = (awarenessUpdate) => {
    let entries;
    try {
      entries = decodeAwarenessUpdate(awarenessUpdate);
    } catch {
      return logger.warn({ doc }, "undecodable fan-out awareness ignored");
    }
    const changed = remote.apply(entries.filter((entry) => !localClients.has(entry.clientId)), clock.now());
    if (changed.length > 0) room?.broadcastAwareness(changed);
    scheduleExpiry();
  };
  const answerHello = () => {
    const mine = room?.localAwareness() ?? [];
    if (mine.length > 0) publish({ kind: "awareness", awarenessUpdate: encodeAwarenessUpdate(mine) });
  };
  const receive = (bytes, from) => {
    if (isDisposed) return;
    const message = decodeFanOutMessage(bytes);
    if (!message) return logger.warn({ doc, from }, "malformed fan-out message ignored");
    switch (message.kind) {
      case "update": {
        if (positions.update(`${from}/${message.stream}`, message.seq)) requestCatchUp();
        if (room?.status === "ready") room.applyExternal(message.update, { kind: "fanout" });
        return;
      }
      case "awareness":
        return receiveAwareness(message.awarenessUpdate);
      case "hello":
        if (positions.hello(`${from}/${message.stream}`, message.seq)) requestCatchUp();
        return answerHello();
      case "deleted":
        return deps.onDeleted();
    }
  };
  const onLive = () => {
    if (isDisposed) return;
    positions.reset();
    requestCatchUp();
    publish({ kind: "hello", stream: deps.stream, seq });
  };
  return {
    start(target) {
      room = target;
      unsubscribe = fanOut.subscribe(doc, { onMessage: receive, onLive });
    },
    roomLoaded() {
      if (catchUp === "waiting-for-load") {
        catchUp = "idle";
        requestCatchUp();
      }
    },
    onDurableUpdate(update) {
      seq++;
      publish({ kind: "update", stream: deps.stream, seq, update });
    },
    onLocalAwareness(entries) {
      for (const entry of entries) {
        if (entry.stateJson === REMOVED_STATE_JSON) localClients.delete(entry.clientId);
        else {
          localClients.add(entry.clientId);
          remote.forget(entry.clientId);
        }
      }
      if (entries.length > 0) publish({ kind: "awareness", awarenessUpdate: encodeAwarenessUpdate(entries) });
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
    }
  };
}

// ../../packages/relay-core/src/token-bucket.ts
function createTokenBucket(ratePerSecond, burst, now) {
  let tokens = burst;
  let refilledAt = now();
  const refill = () => {
    const at = now();
    tokens = Math.min(burst, tokens + (at - refilledAt) / 1e3 * ratePerSecond);
    refilledAt = at;
  };
  return {
    spend(amount) {
      refill();
      tokens -= amount;
    },
    msUntilSettled() {
      refill();
      return tokens >= 0 ? 0 : Math.ceil(-tokens / ratePerSecond * 1e3);
    }
  };
}

// ../../packages/relay-core/src/receive-throttle.ts
var THROTTLE_KEEPALIVE_MS = 1e4;
var PAUSED_SLACK_BYTES = 1024 * 1024;
function createReceiveThrottle(deps) {
  const { connection, clock, rateLimits } = deps;
  const now = () => clock.now();
  const messages = createTokenBucket(rateLimits.messagesPerSecond, rateLimits.messageBurst, now);
  const bytes = createTokenBucket(rateLimits.bytesPerSecond, rateLimits.bytesBurst, now);
  const holds = /* @__PURE__ */ new Set();
  let resumeTimer = null;
  let keepaliveTimer = null;
  let lastKeepaliveAt = -Infinity;
  let bytesWhilePaused = 0;
  let isDisposed = false;
  const msUntilSettled = () => Math.max(messages.msUntilSettled(), bytes.msUntilSettled());
  const keepalive = () => {
    keepaliveTimer = null;
    if (holds.size === 0 || isDisposed) return;
    if (now() - lastKeepaliveAt >= THROTTLE_KEEPALIVE_MS) {
      lastKeepaliveAt = now();
      deps.sendKeepalive();
    }
    keepaliveTimer = clock.setTimeout(keepalive, THROTTLE_KEEPALIVE_MS);
  };
  const setHold = (reason, isHeld) => {
    if (isDisposed || holds.has(reason) === isHeld) return;
    const wasPaused = holds.size > 0;
    if (isHeld) holds.add(reason);
    else holds.delete(reason);
    if (!wasPaused && holds.size > 0) {
      bytesWhilePaused = 0;
      connection.pauseReading();
      keepalive();
    } else if (wasPaused && holds.size === 0) {
      if (keepaliveTimer !== null) clock.clearTimeout(keepaliveTimer);
      keepaliveTimer = null;
      connection.resumeReading();
    }
  };
  const checkRate = () => {
    resumeTimer = null;
    const waitMs = msUntilSettled();
    if (waitMs > 0) {
      resumeTimer = clock.setTimeout(checkRate, waitMs);
      setHold("rate", true);
    } else {
      setHold("rate", false);
    }
  };
  return {
    admit(byteLength) {
      if (holds.size > 0) {
        bytesWhilePaused += byteLength;
        if (bytesWhilePaused > deps.maxMessageBytes + PAUSED_SLACK_BYTES) return false;
      }
      messages.spend(1);
      bytes.spend(byteLength);
      if (resumeTimer === null) checkRate();
      return true;
    },
    hold: setHold,
    get isPaused() {
      return holds.size > 0;
    },
    dispose() {
      isDisposed = true;
      if (resumeTimer !== null) clock.clearTimeout(resumeTimer);
      if (keepaliveTimer !== null) clock.clearTimeout(keepaliveTimer);
      resumeTimer = keepaliveTimer = null;
    }
  };
}

// ../../packages/relay-core/src/session.ts
var KEEPALIVE = encodeAwarenessMessage(encodeAwarenessUpdate([]));
function createSession(deps) {
  const { connection, clock, logger, options } = deps;
  const throttle = createReceiveThrottle({
    connection,
    clock,
    rateLimits: options.rateLimits,
    maxMessageBytes: options.maxMessageBytes,
    // An awareness update with no entries: a stock client counts it as traffic and changes nothing.
    sendKeepalive: () => connection.send(KEEPALIVE)
  });
  let room = null;
  let access = null;
  let isDowngraded = false;
  let grant = null;
  let phase = "authorizing";
  let queued = [];
  const timers = [];
  let handshakeTimer = clock.setTimeout(() => fail(new HandshakeTimeoutError(options.handshakeTimeoutMs)), options.handshakeTimeoutMs);
  const leave = () => {
    if (phase === "closed") return;
    phase = "closed";
    queued = [];
    if (handshakeTimer !== null) clock.clearTimeout(handshakeTimer);
    for (const timer of timers) clock.clearTimeout(timer);
    throttle.dispose();
    room?.leave(member);
    deps.onLeft(session);
  };
  const fail = (error) => {
    if (phase === "closed") return;
    if (error instanceof RelayError) {
      logger.warn({ doc: deps.doc, sessionId: connection.id, code: error.closeCode, reason: error.closeReason, detail: error.message }, "closing session");
      connection.close(error.closeCode, error.closeReason);
    } else {
      logger.error({ doc: deps.doc, sessionId: connection.id, err: error }, "unexpected error, closing session");
      connection.close(CloseCode.internal, CloseReason.internal);
    }
    leave();
  };
  const checkLimits = (frame) => {
    if (typeof frame === "string") throw new BadMessageError(CloseReason.textFrame, "text frames are not part of the protocol");
    if (frame.byteLength > options.maxMessageBytes) throw new MessageTooBigError(frame.byteLength, options.maxMessageBytes);
    if (!throttle.admit(frame.byteLength)) throw new RateLimitedError("kept sending while paused for backpressure");
    return frame;
  };
  const member = {
    id: connection.id,
    get access() {
      return access ?? "read";
    },
    get user() {
      return grant?.user ?? null;
    },
    send(message) {
      if (phase === "closed") return;
      if (connection.bufferedBytes() > options.maxBufferedBytes) {
        fail(new OverloadedError("send buffer over limit", CloseReason.slowConsumer));
        return;
      }
      connection.send(message);
    },
    fail,
    markReady() {
      if (phase !== "loading") return;
      phase = "ready";
      const backlog = queued;
      queued = [];
      try {
        for (const message of backlog) if (phase === "ready" && room) room.handle(member, message);
      } catch (error) {
        fail(error);
      }
      throttle.hold("queue", false);
    }
  };
  const session = {
    id: connection.id,
    doc: deps.doc,
    get phase() {
      return phase;
    },
    get user() {
      return grant?.user ?? null;
    },
    get access() {
      return access;
    },
    get grant() {
      return grant;
    },
    receive(frame) {
      if (phase === "closed") return;
      if (handshakeTimer !== null) {
        clock.clearTimeout(handshakeTimer);
        handshakeTimer = null;
      }
      try {
        const decoded = decodeMessage(checkLimits(frame));
        if (!decoded.ok) throw new BadMessageError(decoded.reason, decoded.detail);
        if (phase === "ready" && room) room.handle(member, decoded.message);
        else {
          queued.push(decoded.message);
          if (queued.length >= options.maxQueuedMessages) throttle.hold("queue", true);
        }
      } catch (error) {
        fail(error);
      }
    },
    closed: leave,
    attach(target, granted) {
      if (phase !== "authorizing") return;
      phase = "loading";
      grant = granted;
      access = isDowngraded ? "read" : granted.access;
      if (granted.expiresAt !== null) {
        const expire = () => fail(new UnauthenticatedError("token expired", CloseReason.tokenExpired));
        timers.push(clock.setTimeout(expire, Math.max(0, granted.expiresAt - clock.now())));
      }
      room = target;
      target.join(member);
    },
    fail,
    downgrade() {
      isDowngraded = true;
      if (access !== null) access = "read";
    }
  };
  return session;
}

// ../../packages/relay-core/src/relay.ts
var defaultRelayOptions = {
  unloadGraceMs: 5e3,
  compaction: { maxUpdates: 500, maxBytes: 1024 * 1024 },
  maxAwarenessStateBytes: 64 * 1024,
  maxAwarenessClientsPerConnection: 4,
  maxAwarenessDocBytes: 1024 * 1024,
  // y-protocols' own outdatedTimeout: stock clients renew every 15 s.
  awarenessTimeoutMs: 3e4,
  maxMessageBytes: 16 * 1024 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxQueuedMessages: 1e3,
  handshakeTimeoutMs: 1e4,
  rateLimits: { messagesPerSecond: 500, messageBurst: 2e3, bytesPerSecond: 1024 * 1024, bytesBurst: 32 * 1024 * 1024 },
  maxLoadedDocs: 1e4,
  maxConnectionsPerDoc: 1e3,
  isStoreShared: false
};
var CATCH_UP_CONCURRENCY = 8;
var COMPACTION_CONCURRENCY = 2;
function createRelay(deps, options = defaultRelayOptions) {
  const { store, clock, logger } = deps;
  const authorizer = deps.authorizer ?? createAllowAllAuthorizer();
  const rooms = /* @__PURE__ */ new Map();
  const sessions = /* @__PURE__ */ new Map();
  const revocations = createRevocationList({ maxEntries: 1e4 });
  const deletions = /* @__PURE__ */ new Map();
  const serverEdits = /* @__PURE__ */ new Map();
  let serverEditCount = 0;
  let isAccepting = true;
  let streamCount = 0;
  const catchUpLimit = createConcurrencyLimit(CATCH_UP_CONCURRENCY);
  const compactionLimit = createConcurrencyLimit(COMPACTION_CONCURRENCY);
  const openRoom = (doc) => {
    const existing = rooms.get(doc);
    if (existing) {
      cancelUnload(existing);
      return existing;
    }
    const link = deps.fanOut ? createLink(doc, deps.fanOut) : null;
    const versions = createVersionRecorder({
      doc,
      store,
      clock,
      logger,
      options: options.versions ?? defaultVersionOptions,
      settle: () => room.flush()
    });
    const room = createRoom(doc, {
      store,
      logger,
      clock,
      options: {
        compaction: options.compaction,
        awareness: {
          maxStateBytes: options.maxAwarenessStateBytes,
          maxClientsPerOwner: options.maxAwarenessClientsPerConnection,
          maxDocumentBytes: options.maxAwarenessDocBytes,
          timeoutMs: options.awarenessTimeoutMs
        },
        isStoreShared: options.isStoreShared || link !== null
      },
      ...link ? { fanOut: link } : {},
      compactionLimit,
      onMemberEdit: (member) => versions.noteEdit(member.id, () => editAuthor(member.user, room.presenceOf(member.id)))
    });
    const entry = { room, link, versions, unloadTimer: null, isUnloading: false };
    rooms.set(doc, entry);
    link?.start(room);
    void room.load().then((isLoaded) => {
      if (isLoaded) return link?.roomLoaded();
      link?.dispose();
      versions.dispose();
      if (rooms.get(doc) === entry) rooms.delete(doc);
    });
    return entry;
  };
  const createLink = (doc, fanOut) => createRoomFanOut({
    doc,
    fanOut,
    store,
    clock,
    logger,
    stream: ++streamCount,
    catchUpLimit,
    options: { remoteAwarenessTimeoutMs: options.remoteAwarenessTimeoutMs ?? 3e4, maxAwarenessStateBytes: options.maxAwarenessStateBytes },
    onDeleted: () => {
      startDeletion(doc, "remote").catch((error) => logger.error({ doc, err: error }, "deletion from another relay failed"));
    }
  });
  const cancelUnload = (entry) => {
    if (entry.unloadTimer === null) return;
    clock.clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
  };
  const scheduleUnload = (entry) => {
    if (!isAccepting || entry.room.memberCount > 0 || entry.unloadTimer !== null) return;
    entry.unloadTimer = clock.setTimeout(() => {
      entry.unloadTimer = null;
      void unload(entry);
    }, options.unloadGraceMs);
  };
  const unload = async (entry) => {
    if (entry.isUnloading || entry.room.memberCount > 0) return;
    entry.isUnloading = true;
    try {
      await entry.room.compactIfDirty();
      await entry.versions.flush();
    } finally {
      entry.isUnloading = false;
    }
    if (entry.room.memberCount === 0 && rooms.get(entry.room.name) === entry && entry.unloadTimer === null) {
      rooms.delete(entry.room.name);
      entry.link?.dispose();
      entry.versions.dispose();
      logger.debug({ doc: entry.room.name }, "document unloaded");
    }
  };
  const onLeft = (session) => {
    sessions.delete(session);
    const entry = rooms.get(session.doc);
    if (entry) scheduleUnload(entry);
  };
  const admit = (session, granted) => {
    if (deletions.has(session.doc)) return session.fail(new DocumentDeletedError());
    const revoked = revocations.check(session.doc, granted, clock.now());
    if (revoked === "close") return session.fail(new ForbiddenError("access revoked", CloseReason.revoked));
    const grant = revoked === "downgrade" ? { ...granted, access: "read" } : granted;
    const existing = rooms.get(session.doc);
    if (!existing && rooms.size >= options.maxLoadedDocs) {
      return session.fail(new OverloadedError(`${rooms.size} documents loaded`, CloseReason.tooManyDocuments));
    }
    if (existing && existing.room.memberCount >= options.maxConnectionsPerDoc) {
      return session.fail(new OverloadedError(`${existing.room.memberCount} connections to this document`, CloseReason.tooManyConnections));
    }
    session.attach(openRoom(session.doc).room, grant);
  };
  const deleteDocument = async (doc, requestedBy) => {
    if (requestedBy === "local") deps.fanOut?.publish(doc, encodeFanOutMessage({ kind: "deleted" }));
    let closedSessions = 0;
    for (const session of [...sessions.keys()]) {
      if (session.doc !== doc) continue;
      session.fail(new DocumentDeletedError());
      closedSessions++;
    }
    await Promise.allSettled([...serverEdits.get(doc) ?? []]);
    const entry = rooms.get(doc);
    entry?.versions.dispose();
    if (entry) {
      entry.link?.dispose();
      await entry.room.flush();
      cancelUnload(entry);
      if (rooms.get(doc) === entry) rooms.delete(doc);
    }
    const wasStored = await store.remove(doc);
    logger.info({ doc, closedSessions, wasStored, requestedBy }, "document deleted");
    return { wasStored, closedSessions };
  };
  const startDeletion = (doc, requestedBy) => {
    const inFlight = deletions.get(doc);
    if (inFlight) return inFlight;
    const deletion = deleteDocument(doc, requestedBy).finally(() => deletions.delete(doc));
    deletions.set(doc, deletion);
    return deletion;
  };
  return {
    async applyServerUpdate(doc, update, origin) {
      if (!isAccepting) throw new OverloadedError("relay is shutting down", CloseReason.serviceRestart);
      if (deletions.has(doc)) throw new DocumentDeletedError();
      const check = validateUpdate(update);
      if (!check.ok) throw new BadMessageError(CloseReason.corruptUpdate, `corrupt update: ${check.detail}`);
      if (check.isEmpty) return;
      if (!rooms.has(doc) && rooms.size >= options.maxLoadedDocs) {
        throw new OverloadedError(`${rooms.size} documents loaded`, CloseReason.tooManyDocuments);
      }
      const entry = openRoom(doc);
      const user = origin.userId === null ? null : { id: origin.userId, ...origin.userName ? { name: origin.userName } : {} };
      const edit = applyServerEditToRoom(entry.room, update.slice(), `server-${++serverEditCount}`, user);
      const inFlight = serverEdits.get(doc) ?? /* @__PURE__ */ new Set();
      serverEdits.set(doc, inFlight.add(edit));
      try {
        await edit;
      } finally {
        inFlight.delete(edit);
        if (inFlight.size === 0 && serverEdits.get(doc) === inFlight) serverEdits.delete(doc);
        if (rooms.get(doc) === entry) scheduleUnload(entry);
      }
      logger.info({ doc, action: origin.action, userId: origin.userId, bytes: update.byteLength }, "server edit applied");
    },
    deleteDocument: (doc) => startDeletion(doc, "local"),
    async saveVersion(doc, name) {
      const entry = rooms.get(doc);
      if (entry && entry.room.status === "ready") return entry.versions.saveNamed(name);
      const snapshot = await snapshotFromStore(store, doc);
      return snapshot && store.saveVersion(doc, { kind: "named", name, createdAt: clock.now(), authors: [], snapshot });
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
            const refusal = result.failure === "unauthenticated" ? new UnauthenticatedError(result.detail) : new ForbiddenError(result.detail);
            return session.fail(refusal);
          }
          if (!isAccepting || !sessions.has(session)) return;
          admit(session, result);
        },
        // An authorizer that throws is a bug or an outage, not a refusal: 1011, logged.
        (error) => session.fail(error)
      );
      return session;
    },
    get isAccepting() {
      return isAccepting;
    },
    revoke(revocation) {
      const entry = { ...revocation, revokedAt: clock.now() };
      const isRemembered = revocation.userId !== void 0 || revocation.tokenId !== void 0;
      let touched = 0;
      let tokenExpiry = null;
      for (const session of [...sessions.keys()]) {
        const { grant } = session;
        const isMatch = grant ? revocationMatches(entry, session.doc, grant) : !isRemembered && (revocation.doc === void 0 || revocation.doc === session.doc);
        if (!isMatch) continue;
        touched++;
        if (grant?.expiresAt != null) tokenExpiry = Math.max(tokenExpiry ?? 0, grant.expiresAt);
        if (revocation.action === "close") session.fail(new ForbiddenError("access revoked", CloseReason.revoked));
        else session.downgrade();
      }
      if (isRemembered) revocations.add(entry, tokenExpiry);
      return touched;
    },
    stats() {
      let loadingRooms = 0;
      let roomBytes = 0;
      for (const { room } of rooms.values()) {
        if (room.status === "loading") loadingRooms++;
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
      await Promise.all([...rooms.values()].map(({ versions }) => versions.flush()));
      for (const { link, versions } of rooms.values()) {
        link?.dispose();
        versions.dispose();
      }
      rooms.clear();
    }
  };
}
function closedSession(id, doc) {
  return { id, doc, receive: () => void 0, closed: () => void 0 };
}

// ../../packages/relay-core/src/long-timers.ts
var MAX_TIMER_DELAY_MS = 2147483647;
function createLongTimers(host, now) {
  return {
    setTimeout(callback, delayMs) {
      const dueAt = now() + (Number.isFinite(delayMs) ? Math.max(0, delayMs) : delayMs > 0 ? Infinity : 0);
      const timer = { hostHandle: null, isCleared: false };
      const arm = () => {
        if (timer.isCleared) return;
        const remaining = Math.max(0, dueAt - now());
        timer.hostHandle = remaining > MAX_TIMER_DELAY_MS ? host.setTimeout(arm, MAX_TIMER_DELAY_MS) : host.setTimeout(callback, remaining);
      };
      arm();
      return timer;
    },
    clearTimeout(handle) {
      const timer = handle;
      timer.isCleared = true;
      host.clearTimeout(timer.hostHandle);
    }
  };
}

// ../../packages/relay-core/src/snapshot-coverage.ts
function foldUncoveredUpdates(snapshot, rows) {
  if (rows.length === 0) return snapshot;
  const coverage = coverageOf(snapshot);
  const uncovered = rows.filter((row) => !isCovered(row, coverage));
  return uncovered.length === 0 ? snapshot : mergeUpdates([snapshot, ...uncovered]);
}
function coverageOf(update) {
  const { structs, ds } = decodeUpdate(update);
  const structRanges = /* @__PURE__ */ new Map();
  for (const struct of structs) {
    if (struct instanceof Skip) continue;
    pushRange(structRanges, struct.id.client, struct.id.clock, struct.length);
  }
  const deleteRanges = /* @__PURE__ */ new Map();
  for (const [client, items] of ds.clients) for (const item of items) pushRange(deleteRanges, client, item.clock, item.len);
  return { structs: mergeRanges(structRanges), deletes: mergeRanges(deleteRanges) };
}
function isCovered(row, coverage) {
  const { structs, ds } = decodeUpdate(row);
  for (const struct of structs) {
    if (struct instanceof Skip) continue;
    if (!contains(coverage.structs, struct.id.client, struct.id.clock, struct.length)) return false;
  }
  for (const [client, items] of ds.clients) {
    for (const item of items) if (!contains(coverage.deletes, client, item.clock, item.len)) return false;
  }
  return true;
}
function pushRange(ranges, client, clock, length) {
  if (length <= 0) return;
  let list = ranges.get(client);
  if (!list) ranges.set(client, list = []);
  list.push([clock, clock + length]);
}
function mergeRanges(ranges) {
  for (const [client, list] of ranges) {
    list.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const range of list) {
      const last = merged.at(-1);
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    }
    ranges.set(client, merged);
  }
  return ranges;
}
function contains(ranges, client, clock, length) {
  if (length <= 0) return true;
  const list = ranges.get(client);
  if (!list) return false;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const [start, end] = list[middle];
    if (clock < start) high = middle - 1;
    else if (clock >= end) low = middle + 1;
    else return clock + length <= end;
  }
  return false;
}

// ../../packages/relay-core/src/version-id.ts
function parseNumericVersionId(id) {
  if (!/^[1-9][0-9]{0,15}$/.test(id)) return null;
  const value = Number(id);
  return Number.isSafeInteger(value) ? value : null;
}

export {
  createAllowAllAuthorizer,
  RelayError,
  BadMessageError,
  DocumentDeletedError,
  defaultRelayOptions,
  createRelay,
  createLongTimers,
  foldUncoveredUpdates,
  parseNumericVersionId
};
