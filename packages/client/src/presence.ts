/** Who a user is, as published in awareness under `user` (TipTap's collaboration caret reads the same field). */
export interface UserIdentity {
  readonly name: string;
  /** `#rrggbb`: the caret extension ignores other formats. */
  readonly color: string;
  /**
   * Who this is across tabs: a stable per-browser id, replaced by the relay with the token's
   * `sub` when auth is on. Tabs with the same id are one person.
   */
  readonly id?: string;
}

/** Someone in the document right now (all their tabs together). */
export interface Peer extends UserIdentity {
  /** The awareness client id of their most recently active tab (a React key). */
  readonly clientId: number;
  /** Every tab of theirs that is here. */
  readonly clientIds: readonly number[];
  readonly initials: string;
  /** This is you (this tab or another tab of yours). */
  readonly isLocal: boolean;
  /** None of their tabs has renewed its presence lately: their network may have dropped. */
  readonly isAway: boolean;
}

/** The part of y-protocols' Awareness this module reads. */
export interface AwarenessLike {
  readonly clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  /** When each client's state was last renewed (local ms clock), as y-protocols keeps it. */
  readonly meta: Map<number, { readonly lastUpdated: number }>;
}

/**
 * A tab renews its presence every 3 s (`presence-heartbeat.ts`): after 8 s of silence — more
 * than two missed renewals — the person shows as away, so a dropped network is visible
 * within 10 s.
 */
export const AWAY_AFTER_MS = 8_000;
/**
 * After 25 s of silence the person is not shown at all: with renewals every 3 s that is
 * within 30 s of the drop, before y-protocols (30 s) and the relay (30 s) forget the state.
 */
export const GONE_AFTER_MS = 25_000;

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
  const { name, color, id } = user as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return {
    name: name.slice(0, 64),
    color: typeof color === 'string' && COLOR_PATTERN.test(color) ? color : FALLBACK_COLOR,
    ...(typeof id === 'string' && id !== '' ? { id: id.slice(0, 128) } : {}),
  };
}

interface Tab {
  readonly clientId: number;
  readonly identity: UserIdentity;
  readonly lastUpdated: number;
}

/**
 * Everyone in the document, one entry per person (grouped by `user.id`; a state without one
 * is a person of its own): you first, then others by name. A person's name and colour come
 * from their most recently active tab. People silent for `GONE_AFTER_MS` are left out.
 */
export function readPeers(awareness: AwarenessLike, nowMs: number = Date.now()): Peer[] {
  const localKey = keyOf(awareness.clientID, awareness.getStates().get(awareness.clientID));
  const groups = new Map<string, Tab[]>();
  for (const [clientId, state] of awareness.getStates()) {
    const identity = readIdentity(state);
    if (!identity) continue;
    const isLocalTab = clientId === awareness.clientID;
    // Our own state is renewed by us; y-protocols stamps it on every renewal anyway.
    const lastUpdated = isLocalTab ? nowMs : (awareness.meta.get(clientId)?.lastUpdated ?? nowMs);
    if (!isLocalTab && nowMs - lastUpdated >= GONE_AFTER_MS) continue;
    const key = keyOf(clientId, state);
    const tabs = groups.get(key) ?? [];
    tabs.push({ clientId, identity, lastUpdated });
    groups.set(key, tabs);
  }
  const peers: Peer[] = [];
  for (const [key, tabs] of groups) {
    tabs.sort((a, b) => b.lastUpdated - a.lastUpdated || a.clientId - b.clientId);
    const freshest = tabs[0] as Tab;
    const isLocal = key === localKey;
    peers.push({
      ...freshest.identity,
      clientId: freshest.clientId,
      clientIds: tabs.map((tab) => tab.clientId),
      initials: toInitials(freshest.identity.name),
      isLocal,
      isAway: !isLocal && nowMs - freshest.lastUpdated >= AWAY_AFTER_MS,
    });
  }
  return peers.sort((a, b) => Number(b.isLocal) - Number(a.isLocal) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** The person a state belongs to: its user id, or the tab itself when it has none. */
function keyOf(clientId: number, state: Record<string, unknown> | undefined): string {
  const user = state?.['user'];
  const id = typeof user === 'object' && user !== null ? (user as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `user:${id}` : `tab:${clientId}`;
}
