import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPeers, type Peer } from './presence';

const empty: Peer[] = [];

/**
 * Everyone in the document now, this tab first. Re-renders only when the list of people
 * (not their cursors) changes, so typing by others does not repaint the presence bar.
 */
export function usePresence(awareness: Awareness | null): Peer[] {
  const cache = useRef<{ key: string; peers: Peer[] }>({ key: '', peers: empty });
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!awareness) return () => {};
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    if (!awareness) return empty;
    const peers = readPeers(awareness);
    const key = peers.map((p) => `${p.clientId}:${p.name}:${p.color}`).join('|');
    if (key !== cache.current.key) cache.current = { key, peers };
    return cache.current.peers;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot, () => empty);
}
