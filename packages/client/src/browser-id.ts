import type { KeyValueStorage } from './pending-store';

/** Where the id lives in localStorage (other tabs watch it: `browser-id-source.ts`). */
export const BROWSER_ID_KEY = 'tandem:browser-id';

/**
 * A stable random id for this browser profile, published in presence as `user.id` so that
 * one person's tabs show as one person (with auth on, the relay replaces it with the token's
 * `sub`). Not a secret and not an identity proof: anyone can claim any id in presence.
 */
export function browserId(storage: KeyValueStorage | null = safeLocalStorage(), random: () => number = Math.random): string {
  try {
    const existing = storage?.getItem(BROWSER_ID_KEY);
    if (existing) return existing;
  } catch {
    // fall through: a fresh id for this page
  }
  const id = Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join('');
  try {
    storage?.setItem(BROWSER_ID_KEY, id);
  } catch {
    // Still usable for this page.
  }
  return id;
}

export function safeLocalStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
