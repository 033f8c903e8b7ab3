import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { DocRole } from '@tandem/client';
import { fetchSessionInfo, type SessionInfo } from './share-api';
import { readSharePeople, ROLE_FIELD, type SharePerson } from './share-people';

const NO_PEOPLE: SharePerson[] = [];

/**
 * Whether the relay has auth on and lets this caller mint links; null while asking. Without a
 * token there is nothing to ask: either auth is off (the address is the link) or the relay
 * refuses this browser the document anyway.
 */
export function useSessionInfo(token: string | null): SessionInfo | null {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  useEffect(() => {
    if (token === null) {
      setInfo({ auth: false, canShare: false });
      return;
    }
    let isCurrent = true;
    void fetchSessionInfo(token).then((answer) => {
      if (isCurrent) setInfo(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, [token]);
  return info;
}

/**
 * Tells the others which role this editor holds (awareness field `role`), for the Share
 * dialog's list of who is here. A hint for display: the relay enforces roles itself.
 */
export function usePublishRole(awareness: Awareness | null, role: DocRole): void {
  useEffect(() => {
    if (!awareness) return;
    if (awareness.getLocalState()?.[ROLE_FIELD] !== role) awareness.setLocalStateField(ROLE_FIELD, role);
  }, [awareness, role]);
}

/** The people in the document with their roles, re-rendering only when that list changes (not on cursor moves). */
export function useSharePeople(awareness: Awareness | null): SharePerson[] {
  const cache = useRef<{ key: string; people: SharePerson[] }>({ key: '', people: NO_PEOPLE });
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!awareness) return () => {};
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    if (!awareness) return NO_PEOPLE;
    const people = readSharePeople(awareness);
    const key = JSON.stringify(people);
    if (key !== cache.current.key) cache.current = { key, people };
    return cache.current.people;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot, () => NO_PEOPLE);
}
