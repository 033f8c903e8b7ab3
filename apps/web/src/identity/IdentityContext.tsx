import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { UserIdentity } from '@tandem/client';
import { loadIdentity, randomIdentity, saveIdentity } from './identity';

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
  const value = useMemo(() => ({ ...state, setIdentity }), [state, setIdentity]);
  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}

/** The current user's identity and a setter that remembers it. */
export function useIdentity(): IdentityValue {
  const value = useContext(IdentityContext);
  if (!value) throw new Error('useIdentity needs an IdentityProvider');
  return value;
}
