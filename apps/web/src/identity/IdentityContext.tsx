import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserIdentity } from '@tandem/client';
import { IDENTITY_STORAGE_KEY, loadIdentity, randomIdentity, saveIdentity } from './identity';

interface IdentityValue {
  readonly identity: UserIdentity;
  /** True on the first visit until the user confirms or edits the suggested name. */
  readonly isNew: boolean;
  setIdentity(identity: UserIdentity): void;
}

const IdentityContext = createContext<IdentityValue | null>(null);

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** Provides who this user is: loaded from localStorage, or a friendly random default saved at once. */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => {
    const saved = loadIdentity(storage());
    if (saved) return { identity: saved, isNew: false };
    const identity = randomIdentity();
    saveIdentity(storage(), identity);
    return { identity, isNew: true };
  });
  const setIdentity = useCallback((identity: UserIdentity) => {
    saveIdentity(storage(), identity);
    setState({ identity, isNew: false });
  }, []);
  // Another tab of this browser renamed us (or, on a first visit, saved its own suggestion
  // last): follow it, or the person's tabs would publish two names and others would see the
  // name flip as each tab renews its presence.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== IDENTITY_STORAGE_KEY) return;
      const saved = loadIdentity(storage());
      if (saved) setState((current) => (sameIdentity(current.identity, saved) ? current : { identity: saved, isNew: current.isNew }));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const value = useMemo(() => ({ ...state, setIdentity }), [state, setIdentity]);
  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}

const sameIdentity = (a: UserIdentity, b: UserIdentity) => a.name === b.name && a.color === b.color;

/** The current user's identity and a setter that remembers it. */
export function useIdentity(): IdentityValue {
  const value = useContext(IdentityContext);
  if (!value) throw new Error('useIdentity needs an IdentityProvider');
  return value;
}
