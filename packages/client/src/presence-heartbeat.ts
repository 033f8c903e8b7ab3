import type { Awareness } from 'y-protocols/awareness';

/** How often a tab renews its presence by default. */
export const PRESENCE_HEARTBEAT_MS = 3_000;

/**
 * Renews this tab's awareness state every `intervalMs`, so the others can tell a person whose
 * network dropped (no renewals arrive) from one who is just not typing. y-protocols renews only
 * every 15 s, which leaves a dropped peer looking present for up to 30 s; with a renewal every
 * few seconds, peers grey someone out after ~10 s of silence (see `presence.ts`).
 *
 * Renewing re-sets the same state: y-protocols bumps its clock and sends it, and receivers
 * update their "last heard" time without a 'change' event, so nothing re-renders.
 */
export function startPresenceHeartbeat(awareness: Awareness, intervalMs: number = PRESENCE_HEARTBEAT_MS): () => void {
  const timer = setInterval(() => {
    const state = awareness.getLocalState();
    if (state !== null) awareness.setLocalState(state);
  }, intervalMs);
  return () => clearInterval(timer);
}
