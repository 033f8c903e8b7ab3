import * as Y from 'yjs';
import type { LocalCopy, LocalCopyFactory } from './local-copy';

/**
 * Local copies kept in memory: one "device" whose storage outlives the sessions opened on it.
 * A real zero-dependency adapter for tests and non-browser hosts. Like IndexedDB it loads
 * asynchronously (a microtask later).
 */
export function createMemoryLocalCopies(): LocalCopyFactory {
  const stored = new Map<string, { updates: Uint8Array[]; isKnown: boolean }>();
  return (docName, doc): LocalCopy => {
    const entry = stored.get(docName) ?? { updates: [], isKnown: false };
    stored.set(docName, entry);
    let isActive = true;
    const origin = Symbol(`memory-local-copy:${docName}`);
    const store = (update: Uint8Array, from: unknown): void => {
      if (isActive && from !== origin) entry.updates.push(update);
    };
    doc.on('update', store);
    const stop = (): void => {
      isActive = false;
      doc.off('update', store);
    };
    const whenLoaded = Promise.resolve().then(() => {
      if (isActive && entry.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(entry.updates), origin);
    });
    return {
      whenLoaded,
      origin,
      isKnown: async () => entry.isKnown,
      markKnown() {
        if (isActive) entry.isKnown = true;
      },
      clear() {
        stop();
        stored.delete(docName);
      },
      destroy: stop,
    };
  };
}
