import { BROWSER_ID_KEY, browserId } from './browser-id';
import type { KeyValueStorage } from './pending-store';

/** The part of `window` this module listens on. */
export interface StorageEventTarget {
  addEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
  removeEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
}

/**
 * This profile's browser id, kept in step with the profile's other tabs. Two tabs opened at
 * once on a first visit each find no id and each store their own; the last write wins, and
 * the other tab hears of it through a `storage` event and adopts it, so the person's tabs
 * end up grouped as one person instead of showing twice.
 */
export function createBrowserIdSource(storage: KeyValueStorage | null, events: StorageEventTarget | null) {
  // Cached: without storage every browserId() call would invent a new id.
  let current: string | undefined;
  return {
    get(): string {
      current ??= browserId(storage);
      return current;
    },
    /** Calls `onChange` when another tab settles on a different id; returns the unsubscribe. */
    subscribe(onChange: () => void): () => void {
      if (!events) return () => {};
      const listener = (event: Pick<StorageEvent, 'key' | 'newValue'>) => {
        if (event.key !== BROWSER_ID_KEY || !event.newValue || event.newValue === current) return;
        current = event.newValue;
        onChange();
      };
      events.addEventListener('storage', listener);
      return () => events.removeEventListener('storage', listener);
    },
  };
}
