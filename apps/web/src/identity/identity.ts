import type { UserIdentity } from '@tandem/client';

/** Caret and avatar colours: distinct from each other and legible with white text. */
export const PALETTE = ['#e03131', '#e8590c', '#2f9e44', '#0c8599', '#1c7ed6', '#6741d9', '#c2255c', '#9c36b5'] as const;

const ADJECTIVES = ['Calm', 'Bright', 'Swift', 'Gentle', 'Brave', 'Clever', 'Merry', 'Quiet', 'Lucky', 'Sunny', 'Witty', 'Bold'];
const ANIMALS = ['Otter', 'Heron', 'Fox', 'Lynx', 'Panda', 'Robin', 'Badger', 'Koala', 'Falcon', 'Seal', 'Wren', 'Yak'];

/** Longest name we keep: labels over carets must stay small. */
export const MAX_NAME_LENGTH = 32;

/** Where the identity lives in localStorage (every tab of the browser watches it). */
export const IDENTITY_STORAGE_KEY = 'tandem:identity';

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** A friendly default like "Calm Otter" with a palette colour. */
export function randomIdentity(random: () => number = Math.random): UserIdentity {
  return { name: `${pick(ADJECTIVES, random)} ${pick(ANIMALS, random)}`, color: pick(PALETTE, random) };
}

/** Trims and shortens a name; an empty result means "keep the old one". */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** The saved identity, or null on a first visit (or if what is stored is unusable). */
export function loadIdentity(storage: Pick<Storage, 'getItem'> | null): UserIdentity | null {
  try {
    const raw = storage?.getItem(IDENTITY_STORAGE_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { name, color } = value as Record<string, unknown>;
    if (typeof name !== 'string' || !cleanName(name) || typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null;
    return { name: cleanName(name), color };
  } catch {
    return null;
  }
}

/** Remembers the identity for the next visit (best effort: storage may be full or disabled). */
export function saveIdentity(storage: Pick<Storage, 'setItem'> | null, identity: UserIdentity): void {
  try {
    storage?.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // The identity still works for this visit.
  }
}
