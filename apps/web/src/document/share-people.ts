import type { AwarenessLike, DocRole } from '@tandem/client';

/** Awareness field where each editor says which role it holds (see `usePublishRole`). */
export const ROLE_FIELD = 'role';

/** One person in the document, as the Share dialog lists them. */
export interface SharePerson {
  /** The relay-stamped user id when there is one (a person in two tabs is listed once), else the tab's client id. */
  readonly key: string;
  readonly name: string;
  readonly color: string;
  /** Null when their editor did not say (an older version). */
  readonly role: DocRole | null;
  readonly isYou: boolean;
}

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** User ids the relay gives the holders of share links. */
const SHARE_ID_PREFIX = 'share:';
/** How someone who came through a share link is listed: their token has no name. */
export const GUEST_NAME = 'Guest with a link';

/**
 * Everyone in the document with their role, one entry per person: tabs with the same user
 * id are merged (the stronger role wins). You first, then by name. Reads awareness
 * defensively: states are whatever other clients sent.
 */
export function readSharePeople(awareness: AwarenessLike): SharePerson[] {
  const byKey = new Map<string, SharePerson>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = state['user'];
    if (typeof user !== 'object' || user === null) continue;
    const { id, name, color } = user as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') continue;
    const roleValue = state[ROLE_FIELD];
    const role = roleValue === 'editor' || roleValue === 'viewer' ? roleValue : null;
    const key = typeof id === 'string' && id !== '' ? `user:${id}` : `client:${clientId}`;
    // The relay names people by their token; a share link's token has an id (`share:<uuid>`) but no name.
    const shown = typeof id === 'string' && id.startsWith(SHARE_ID_PREFIX) && name === id ? GUEST_NAME : name;
    const isYou = clientId === awareness.clientID;
    const previous = byKey.get(key);
    byKey.set(key, {
      key,
      name: shown.slice(0, 64),
      color: typeof color === 'string' && COLOR_PATTERN.test(color) ? color : '#64748b',
      role: strongerRole(previous?.role ?? null, role),
      isYou: isYou || (previous?.isYou ?? false),
    });
  }
  return [...byKey.values()].sort((a, b) => Number(b.isYou) - Number(a.isYou) || a.name.localeCompare(b.name));
}

function strongerRole(a: DocRole | null, b: DocRole | null): DocRole | null {
  if (a === 'editor' || b === 'editor') return 'editor';
  return a ?? b;
}
