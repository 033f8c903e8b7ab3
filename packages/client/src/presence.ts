/** Who a user is, as published in awareness under `user` (TipTap's collaboration caret reads the same field). */
export interface UserIdentity {
  readonly name: string;
  /** `#rrggbb`: the caret extension ignores other formats. */
  readonly color: string;
}

/** Someone in the document right now. */
export interface Peer extends UserIdentity {
  readonly clientId: number;
  readonly initials: string;
  readonly isLocal: boolean;
}

/** The part of y-protocols' Awareness this module reads. */
export interface AwarenessLike {
  readonly clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
}

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const FALLBACK_COLOR = '#64748b';

/** One or two letters for an avatar: first letters of the first two words. */
export function toInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const letters = words.length === 1 ? [...(words[0] ?? '')].slice(0, 1) : words.slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase();
}

/** Reads a remote `user` field defensively: awareness states are whatever other clients sent. */
function readIdentity(state: Record<string, unknown>): UserIdentity | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return { name: name.slice(0, 64), color: typeof color === 'string' && COLOR_PATTERN.test(color) ? color : FALLBACK_COLOR };
}

/** Everyone in the document with an identity: this tab first, then others by name. */
export function readPeers(awareness: AwarenessLike): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const identity = readIdentity(state);
    if (!identity) continue;
    peers.push({ ...identity, clientId, initials: toInitials(identity.name), isLocal: clientId === awareness.clientID });
  }
  return peers.sort((a, b) => Number(b.isLocal) - Number(a.isLocal) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}
