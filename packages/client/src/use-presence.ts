import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPeers, type Peer } from './presence';

const empty: Peer[] = [];
/** How often "away" and "gone" are re-evaluated: silence raises no event. */
const RECHECK_MS = 1_000;

/**
 * Everyone in the document now, one entry per person, you first. Re-renders only when the
 * people (or whether they are away) change, not on cursor moves or presence renewals, so
 * typing by others does not repaint the presence bar.
 */
export function usePresence(awareness: Awareness | null): Peer[] {
  const cache = useRef<{ key: string; peers: Peer[] }>({ key: '', peers: empty });
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!awareness) return () => {};
      // 'update' also fires for renewals, which bring an away person back.
      awareness.on('update', onChange);
      const timer = setInterval(onChange, RECHECK_MS);
      return () => {
        awareness.off('update', onChange);
        clearInterval(timer);
      };
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    if (!awareness) return empty;
    const peers = readPeers(awareness);
    const key = peers.map((p) => `${p.clientId}:${p.name}:${p.color}:${p.isAway}:${p.isLocal}`).join('|');
    if (key !== cache.current.key) cache.current = { key, peers };
    return cache.current.peers;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot, () => empty);
}
