import { describe, expect, it } from 'vitest';
import { createPendingStore, fromBase64, toBase64, type KeyValueStorage } from './pending-store';

function memoryStorage(limitChars = Infinity): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limitChars) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

describe('pending store', () => {
  it('round-trips bytes through base64, including large arrays', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('remembers a pending update per document and forgets it once confirmed', () => {
    const storage = memoryStorage();
    const store = createPendingStore(storage, 'doc-1');
    expect(store.load()).toEqual({ kind: 'none' });
    store.save(new Uint8Array([1, 2, 3]));
    expect(createPendingStore(storage, 'doc-1').load()).toEqual({ kind: 'update', update: new Uint8Array([1, 2, 3]) });
    expect(createPendingStore(storage, 'doc-2').load()).toEqual({ kind: 'none' });
    store.save(null);
    expect(store.load()).toEqual({ kind: 'none' });
  });

  it('falls back to "unknown" when the update does not fit', () => {
    const storage = memoryStorage(10);
    const store = createPendingStore(storage, 'd');
    store.save(new Uint8Array(64));
    expect(store.load()).toEqual({ kind: 'unknown' });
  });

  it('works without storage at all', () => {
    const store = createPendingStore(null, 'd');
    store.save(new Uint8Array([1]));
    expect(store.load()).toEqual({ kind: 'none' });
  });
});
