import type { Clock, DocStore, Logger, TimerHandle, VersionAuthor, VersionInfo, VersionKind } from './ports';
import { createSerialQueue } from './serial-queue';
import { snapshotFromStore } from './version-snapshot';
import { defaultVersionRetention, versionsToDrop, type VersionRetention } from './version-retention';

/** When the relay records versions by itself, and which it keeps. */
export interface VersionOptions {
  /** A version is recorded once a document has had no edit for this long; 0 turns automatic versions off. */
  readonly idleMs: number;
  /** During continuous editing, a version is recorded at least this often. */
  readonly maxIntervalMs: number;
  readonly retention: VersionRetention;
}

/** 2 minutes idle, or every 30 minutes of continuous editing; retention as {@link defaultVersionRetention}. */
export const defaultVersionOptions: VersionOptions = { idleMs: 2 * 60_000, maxIntervalMs: 30 * 60_000, retention: defaultVersionRetention };

/** Records the versions of one loaded document. */
export interface VersionRecorder {
  /**
   * An edit by member `memberId` is durable. `author` says who that is; it is asked only for a
   * member not yet counted since the previous version, so a keystroke costs a map lookup. When it
   * does not know yet (no presence sent), it is asked again on the next edit and at the version.
   */
  noteEdit(memberId: string, author: () => VersionAuthor | null): void;
  /** Records an automatic version now if edits since the previous version have none yet. */
  flush(): Promise<void>;
  /** Names the current state; the authors since the previous version go into it. Null when the document is not stored. */
  saveNamed(name: string): Promise<VersionInfo | null>;
  /** Stops for good (the document was deleted): pending edits get no version. */
  dispose(): void;
}

/** What a recorder is made of. */
export interface VersionRecorderDeps {
  readonly doc: string;
  readonly store: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: VersionOptions;
  /** Resolves once every update accepted so far is durable, so a version holds all of them. */
  readonly settle: () => Promise<void>;
}

/**
 * Creates the recorder of one document. After a burst of edits goes quiet (`idleMs`), or
 * `maxIntervalMs` after its first edit if it never does, it stores the document's whole state
 * with the authors since the previous version, then thins older automatic versions. One timer
 * per burst at most: an edit only moves a timestamp, and the timer re-arms itself when it fires
 * early. Versions are read from the store, so they never depend on the update log's compaction.
 */
export function createVersionRecorder(deps: VersionRecorderDeps): VersionRecorder {
  const { doc, store, clock, logger, options } = deps;
  const jobs = createSerialQueue({ onJobError: (error) => logger.error({ doc, err: error }, 'version job failed') });
  let authors = new Map<string, VersionAuthor>();
  let countedMembers = new Set<string>();
  /** Members whose identity was unknown at their edits: asked once more when the version is cut. */
  let unknownMembers = new Map<string, () => VersionAuthor | null>();
  let burstStartedAt: number | null = null;
  let lastEditAt = 0;
  let timer: TimerHandle | null = null;
  let isDisposed = false;

  const dueAt = (): number => Math.min(lastEditAt + options.idleMs, (burstStartedAt ?? lastEditAt) + options.maxIntervalMs);

  const schedule = (): void => {
    if (timer !== null || isDisposed || burstStartedAt === null || options.idleMs <= 0) return;
    timer = clock.setTimeout(onTimer, Math.max(0, dueAt() - clock.now()));
  };

  function onTimer(): void {
    timer = null;
    if (burstStartedAt === null || isDisposed) return;
    // Edits since the timer was set moved the deadline: wait for the new one.
    if (clock.now() < dueAt()) return schedule();
    jobs.push(async () => void (await record('auto', null)));
  }

  /** Counts `who` as an author of the pending version; false when there is no one to count. */
  const addAuthor = (memberId: string, who: VersionAuthor | null): boolean => {
    if (!who) return false;
    countedMembers.add(memberId);
    unknownMembers.delete(memberId);
    if (!authors.has(who.id)) authors.set(who.id, who);
    return true;
  };

  const cancelTimer = (): void => {
    if (timer === null) return;
    clock.clearTimeout(timer);
    timer = null;
  };

  /** Takes the pending burst: edits from now on belong to the next version. */
  const cut = (): { authors: VersionAuthor[]; members: Set<string>; startedAt: number | null } => {
    for (const [memberId, author] of unknownMembers) addAuthor(memberId, author());
    const taken = { authors: [...authors.values()], members: countedMembers, startedAt: burstStartedAt };
    authors = new Map();
    countedMembers = new Set();
    unknownMembers = new Map();
    burstStartedAt = null;
    cancelTimer();
    return taken;
  };

  /** A failed save: the burst's edits are pending again, so a later version holds them. */
  const putBack = (taken: ReturnType<typeof cut>): void => {
    for (const author of taken.authors) if (!authors.has(author.id)) authors.set(author.id, author);
    for (const member of taken.members) countedMembers.add(member);
    burstStartedAt = Math.min(burstStartedAt ?? Infinity, taken.startedAt ?? clock.now());
    lastEditAt = Math.max(lastEditAt, clock.now());
    schedule();
  };

  const record = async (kind: VersionKind, name: string | null): Promise<VersionInfo | null> => {
    // Nothing since the previous version (a flush after the timer already recorded the burst).
    if (isDisposed || (kind === 'auto' && burstStartedAt === null)) return null;
    const taken = cut();
    let saved: VersionInfo | null;
    try {
      await deps.settle();
      const snapshot = await snapshotFromStore(store, doc);
      saved = snapshot && (await store.saveVersion(doc, { kind, name, createdAt: clock.now(), authors: taken.authors, snapshot }));
    } catch (error) {
      putBack(taken);
      if (kind === 'named') throw error;
      logger.warn({ doc, err: error }, 'automatic version not recorded; will retry');
      return null;
    }
    if (saved) logger.debug({ doc, versionId: saved.id, kind, authors: taken.authors.length, bytes: saved.sizeBytes }, 'version recorded');
    if (saved && kind === 'auto') await thin();
    return saved;
  };

  const thin = async (): Promise<void> => {
    try {
      const doomed = versionsToDrop(await store.listVersions(doc), clock.now(), options.retention);
      if (doomed.length > 0) await store.deleteVersions(doc, doomed);
    } catch (error) {
      // Nothing is lost: the next version's pass drops them.
      logger.warn({ doc, err: error }, 'version retention failed');
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
      if (burstStartedAt !== null && !isDisposed) jobs.push(async () => void (await record('auto', null)));
      await jobs.whenIdle();
    },
    saveNamed(name) {
      return new Promise<VersionInfo | null>((resolve, reject) => {
        jobs.push(() => record('named', name).then(resolve, reject));
      });
    },
    dispose() {
      isDisposed = true;
      cancelTimer();
    },
  };
}
