import { useCallback, useEffect, useRef, useState } from 'react';
import { appendPage, mergeDocLists, type DocSummary, type ListedDoc } from './doc-list';
import { DocApiError, deleteDoc, fetchDocPage, renameDoc } from './doc-api';
import { deleteLocalCopy } from './local-copy';
import { readLocalDocs, rememberLocalDoc, refreshLocalDocs, type LocalDoc } from './local-docs';

/** How often the list asks the relay again while the page is visible (documents others create appear). */
export const POLL_INTERVAL_MS = 5_000;
const SEARCH_DEBOUNCE_MS = 250;

/** Why the list shows only this browser's documents. */
export type LocalReason =
  | { readonly kind: 'offline' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'error'; readonly message: string };

/** The list as the home page renders it. */
export interface DocListView {
  /** `loading` before the first answer; `relay` with the relay's listing; `local` without it. */
  readonly kind: 'loading' | 'relay' | 'local';
  readonly docs: ListedDoc[];
  /** Set when `kind` is `local`. */
  readonly reason: LocalReason | null;
  readonly hasMore: boolean;
  readonly loadMore: () => void;
  readonly reload: () => void;
  readonly rename: (name: string, title: string) => Promise<void>;
  readonly remove: (name: string) => Promise<void>;
}

interface RemoteState {
  readonly docs: DocSummary[] | null;
  readonly nextCursor: string | null;
  /** The search these docs answer, and how many pages of it are shown. */
  readonly q: string;
  readonly pages: number;
  readonly reason: LocalReason | null;
  readonly isLoaded: boolean;
}

/**
 * The relay's documents matching `query`, refreshed every few seconds while the page is
 * visible; the documents held in this browser when the relay cannot be asked.
 */
export function useDocList(query: string): DocListView {
  const q = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const [remote, setRemote] = useState<RemoteState>({ docs: null, nextCursor: null, q: '', pages: 0, reason: null, isLoaded: false });
  const [local, setLocal] = useState<LocalDoc[]>(() => readLocalDocs());
  const inFlight = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const page = await fetchDocPage({ q, signal: controller.signal });
      if (!q) refreshLocalDocs(page.docs, page.nextCursor === null);
      setLocal(readLocalDocs());
      setRemote((previous) => {
        // A refresh replaces the first page and keeps further pages of the same search.
        const keepsMore = previous.docs !== null && previous.q === q && previous.pages > 1;
        return {
          docs: keepsMore ? appendPage(page.docs, previous.docs ?? []) : page.docs,
          nextCursor: keepsMore ? previous.nextCursor : page.nextCursor,
          q,
          pages: keepsMore ? previous.pages : 1,
          reason: null,
          isLoaded: true,
        };
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      setLocal(readLocalDocs());
      setRemote({ docs: null, nextCursor: null, q, pages: 0, reason: classify(error), isLoaded: true });
    }
  }, [q]);

  const loadMore = useCallback(async () => {
    const cursor = remote.nextCursor;
    if (!cursor) return;
    try {
      const page = await fetchDocPage({ q, cursor });
      setRemote((previous) => ({ ...previous, docs: appendPage(previous.docs ?? [], page.docs), nextCursor: page.nextCursor, pages: previous.pages + 1 }));
    } catch (error) {
      setRemote({ docs: null, nextCursor: null, q, pages: 0, reason: classify(error), isLoaded: true });
    }
  }, [q, remote.nextCursor]);

  useEffect(() => {
    void load();
    const refreshIfVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    const timer = setInterval(refreshIfVisible, POLL_INTERVAL_MS);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === 'tandem:local-docs') setLocal(readLocalDocs());
    };
    document.addEventListener('visibilitychange', refreshIfVisible);
    window.addEventListener('online', refreshIfVisible);
    window.addEventListener('offline', refreshIfVisible);
    window.addEventListener('storage', onStorage);
    return () => {
      clearInterval(timer);
      inFlight.current?.abort();
      document.removeEventListener('visibilitychange', refreshIfVisible);
      window.removeEventListener('online', refreshIfVisible);
      window.removeEventListener('offline', refreshIfVisible);
      window.removeEventListener('storage', onStorage);
    };
  }, [load]);

  const rename = useCallback(
    async (name: string, title: string) => {
      await renameDoc(name, title);
      const known = readLocalDocs().find((doc) => doc.name === name);
      if (known) rememberLocalDoc({ ...known, title: title.trim() || null });
      setRemote((previous) => ({
        ...previous,
        docs: previous.docs?.map((doc) => (doc.name === name ? { ...doc, title: title.trim() || null } : doc)) ?? null,
      }));
      void load();
    },
    [load],
  );
  const remove = useCallback(
    async (name: string) => {
      await deleteDoc(name);
      deleteLocalCopy(name);
      setLocal(readLocalDocs());
      setRemote((previous) => ({ ...previous, docs: previous.docs?.filter((doc) => doc.name !== name) ?? null }));
      void load();
    },
    [load],
  );

  const kind = !remote.isLoaded ? 'loading' : remote.docs ? 'relay' : 'local';
  return {
    kind,
    docs: kind === 'loading' ? [] : mergeDocLists(remote.docs, local, q),
    reason: remote.reason,
    hasMore: remote.nextCursor !== null,
    loadMore: () => void loadMore(),
    reload: () => void load(),
    rename,
    remove,
  };
}

function classify(error: unknown): LocalReason {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return { kind: 'offline' };
  if (error instanceof DocApiError) {
    if (error.status === 401 || error.status === 403) return { kind: 'unauthorized' };
    if (error.status === 502 || error.status === 503 || error.status === 504) return { kind: 'unreachable' };
    return { kind: 'error', message: error.message };
  }
  // fetch rejects with a TypeError when no answer came at all.
  return error instanceof TypeError ? { kind: 'unreachable' } : { kind: 'error', message: String(error) };
}

/** `value`, once it has stopped changing for `delayMs` (search as you type without a request per key). */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
