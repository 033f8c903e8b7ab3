import { useCallback, useEffect, useState } from 'react';
import { parseDocList, type DocSummary } from './doc-list';

/** The listing's loading state. */
export type DocListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly docs: DocSummary[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Loads the relay's document list, again whenever the tab comes back into view. */
export function useDocList(): DocListState & { reload: () => void } {
  const [state, setState] = useState<DocListState>({ kind: 'loading' });
  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const response = await fetch('/api/docs', { signal, headers: { accept: 'application/json' } });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const message = (body as { error?: { message?: string } } | null)?.error?.message;
        throw new Error(message ?? `the relay answered ${response.status}`);
      }
      setState({ kind: 'loaded', docs: parseDocList(body) });
    } catch (error) {
      if (signal?.aborted) return;
      const offline = typeof navigator !== 'undefined' && !navigator.onLine;
      setState({ kind: 'failed', message: offline ? 'You are offline.' : error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      controller.abort();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [load]);
  return { ...state, reload: () => void load() };
}
