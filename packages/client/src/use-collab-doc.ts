import { useEffect, useState, useSyncExternalStore } from 'react';
import { createCollabSession, type CollabSession, type CollabSessionOptions, type CollabSnapshot } from './collab-session';

const idleSnapshot: CollabSnapshot = { status: { kind: 'connecting' }, isReady: false, isReadOnly: false };
const noop = () => () => {};

/**
 * Opens document `docName` for as long as the component is mounted (or until the name
 * changes) and closes it afterwards. `session` is null on the first render. Re-renders only
 * when readiness or read-only mode change, not on every status change (typing flips
 * "saving" constantly).
 */
export function useCollabDoc(options: CollabSessionOptions): { session: CollabSession | null; isReady: boolean; isReadOnly: boolean } {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { serverUrl, docName, token } = options;
  useEffect(() => {
    const created = createCollabSession(options);
    created.start();
    setSession(created);
    return () => {
      setSession(null);
      created.dispose();
    };
    // A session is tied to its document, relay and token; other options are read once at creation.
  }, [serverUrl, docName, token]);
  const isReady = useSyncExternalStore(
    session ? session.subscribe : noop,
    () => session?.getSnapshot().isReady ?? false,
    () => false,
  );
  const isReadOnly = useSyncExternalStore(
    session ? session.subscribe : noop,
    () => session?.getSnapshot().isReadOnly ?? false,
    () => false,
  );
  return { session, isReady, isReadOnly };
}

/** The session's current snapshot (status and readiness), re-rendering on change. */
export function useCollabSnapshot(session: CollabSession | null): CollabSnapshot {
  return useSyncExternalStore(
    session ? session.subscribe : noop,
    session ? session.getSnapshot : () => idleSnapshot,
    () => idleSnapshot,
  );
}
