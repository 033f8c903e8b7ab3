import type { DocSummary } from './doc-list';

/** A document this browser has opened and holds a copy of (y-indexeddb), as remembered for the list. */
export interface LocalDoc {
  readonly name: string;
  readonly title: string | null;
  /** Last time this browser saw the document change (ms since epoch). */
  readonly updatedAt: number;
  /**
   * The relay has had this document (listed it, or confirmed it in sync). One that never was
   * exists only here (written offline); one that was and is no longer listed was deleted.
   */
  readonly isOnRelay: boolean;
}

/** The part of `Storage` the record needs (tests pass a Map-backed one). */
export type LocalDocStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'tandem:local-docs';
/** Oldest entries beyond this are forgotten: the record is a convenience, not an archive. */
const MAX_ENTRIES = 200;

/** The documents remembered in this browser, most recently changed first. */
export function readLocalDocs(storage: LocalDocStorage | null = safeLocalStorage()): LocalDoc[] {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEY) ?? null;
  } catch {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .flatMap((entry): LocalDoc[] => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { name, title, updatedAt, isOnRelay } = entry as Record<string, unknown>;
      if (typeof name !== 'string' || typeof updatedAt !== 'number') return [];
      return [{ name, title: typeof title === 'string' && title.trim() !== '' ? title : null, updatedAt, isOnRelay: isOnRelay === true }];
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Adds or refreshes `doc` in the record; once on the relay, a document stays marked so. */
export function rememberLocalDoc(doc: LocalDoc, storage: LocalDocStorage | null = safeLocalStorage()): void {
  const all = readLocalDocs(storage);
  const previous = all.find((entry) => entry.name === doc.name);
  const others = all.filter((entry) => entry.name !== doc.name);
  write(storage, [{ ...doc, isOnRelay: doc.isOnRelay || (previous?.isOnRelay ?? false) }, ...others]);
}

/** Removes `name` from the record (after it was deleted). */
export function forgetLocalDoc(name: string, storage: LocalDocStorage | null = safeLocalStorage()): void {
  write(
    storage,
    readLocalDocs(storage).filter((entry) => entry.name !== name),
  );
}

/**
 * Brings the record up to date from the relay's listing: remembered titles follow renames by
 * others (so the offline list shows them), listed documents are marked as on the relay, and
 * when the listing is complete, documents that were on the relay and are gone (deleted) are
 * forgotten. Touches only documents this browser already remembers.
 */
export function refreshLocalDocs(
  remote: readonly DocSummary[],
  isComplete: boolean,
  storage: LocalDocStorage | null = safeLocalStorage(),
): void {
  const local = readLocalDocs(storage);
  const byName = new Map(remote.map((doc) => [doc.name, doc]));
  let isChanged = false;
  const next = local.flatMap((entry): LocalDoc[] => {
    const fresh = byName.get(entry.name);
    if (!fresh) {
      if (isComplete && entry.isOnRelay) {
        isChanged = true;
        return [];
      }
      return [entry];
    }
    if (entry.isOnRelay && fresh.title === entry.title && fresh.updatedAt <= entry.updatedAt) return [entry];
    isChanged = true;
    return [{ name: entry.name, title: fresh.title, updatedAt: Math.max(entry.updatedAt, fresh.updatedAt), isOnRelay: true }];
  });
  if (isChanged) write(storage, next);
}

function write(storage: LocalDocStorage | null, docs: readonly LocalDoc[]): void {
  const kept = [...docs].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, MAX_ENTRIES);
  try {
    storage?.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Quota or privacy mode: the list just will not know this document offline.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
