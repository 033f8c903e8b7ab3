import { useSyncExternalStore } from 'react';
import { safeLocalStorage } from './browser-id';
import { createBrowserIdSource } from './browser-id-source';

const source = createBrowserIdSource(safeLocalStorage(), typeof window === 'undefined' ? null : window);

/** This browser profile's id (see `browserId`), re-rendering when another tab of the profile settles on a different one. */
export function useBrowserId(): string {
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
