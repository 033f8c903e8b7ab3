import type { UserIdentity, VersionAuthor } from './ports';

/** Longest presence name kept as an author (the web app's own limit is far below). */
const MAX_PRESENCE_NAME_CHARS = 100;

/**
 * Who made an edit, for a version's authors: the grant's user when auth says who it is (the
 * token's `sub` and `name`), otherwise the `user.name` the client put in its presence. Without a
 * token there is no identity to go by, so the name doubles as the id. Null when neither is known.
 */
export function editAuthor(user: UserIdentity | null, presenceStates: readonly string[]): VersionAuthor | null {
  if (user) return { id: user.id, name: user.name ?? user.id };
  for (const json of presenceStates) {
    const name = presenceName(json);
    if (name) return { id: name, name };
  }
  return null;
}

function presenceName(json: string): string | null {
  try {
    const state: unknown = JSON.parse(json);
    const user: unknown = typeof state === 'object' && state !== null ? (state as Record<string, unknown>).user : null;
    const name: unknown = typeof user === 'object' && user !== null ? (user as Record<string, unknown>).name : null;
    if (typeof name !== 'string') return null;
    const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME_CHARS);
    return trimmed || null;
  } catch {
    return null;
  }
}
