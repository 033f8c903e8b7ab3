import { REMOVED_STATE_JSON, type AwarenessEntry } from '@tandem/protocol';
import type { UserIdentity } from './ports';

/**
 * Replaces the `user` field of an awareness state with the identity the relay knows
 * (from the token), so nobody can present themselves under someone else's name. A colour in
 * the token wins; otherwise the client's own colour choice is kept.
 */
export function stampAwarenessEntry(entry: AwarenessEntry, user: UserIdentity): AwarenessEntry {
  if (entry.stateJson === REMOVED_STATE_JSON) return entry;
  const state = parseObject(entry.stateJson);
  // Not an object: leave it for the registry, which refuses it.
  if (!state) return entry;
  const claimed = typeof state.user === 'object' && state.user !== null ? (state.user as Record<string, unknown>) : {};
  const color = user.color ?? (typeof claimed.color === 'string' ? claimed.color : undefined);
  state.user = { id: user.id, name: user.name ?? user.id, ...(color ? { color } : {}) };
  return { ...entry, stateJson: JSON.stringify(state) };
}

function parseObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
