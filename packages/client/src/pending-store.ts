/** The subset of the Web Storage API the client needs (localStorage in the browser). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What a previous page load left unconfirmed: nothing, an update, or "unknown" (it did not fit). */
export type StoredPending = { readonly kind: 'none' } | { readonly kind: 'update'; readonly update: Uint8Array } | { readonly kind: 'unknown' };

const UNKNOWN = '?';

/**
 * Remembers, per document, the local changes the relay has not confirmed, so a reload while
 * offline still says "unsynced changes". The changes themselves live in IndexedDB; this copy
 * only answers "which of them are not on the relay yet". If it does not fit, the marker
 * "unknown" makes the next load treat the whole document as unconfirmed until the relay
 * answers — too cautious, never falsely "saved".
 */
export function createPendingStore(storage: KeyValueStorage | null, docName: string) {
  const key = `tandem:pending:${docName}`;
  return {
    /** What the last page load left behind. */
    load(): StoredPending {
      const raw = safely(() => storage?.getItem(key) ?? null, null);
      if (raw === null) return { kind: 'none' };
      if (raw === UNKNOWN) return { kind: 'unknown' };
      const update = safely(() => fromBase64(raw), null);
      return update ? { kind: 'update', update } : { kind: 'unknown' };
    },
    /** Records the current pending update (null: everything confirmed). */
    save(pending: Uint8Array | null): void {
      if (!storage) return;
      if (pending === null) {
        safely(() => storage.removeItem(key), undefined);
        return;
      }
      try {
        storage.setItem(key, toBase64(pending));
      } catch {
        safely(() => storage.setItem(key, UNKNOWN), undefined);
      }
    },
  };
}

/** Storage may throw (privacy modes, quota): the editor must work without it. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Base64 of bytes, in chunks to stay under argument-count limits. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bytes of a base64 string. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
