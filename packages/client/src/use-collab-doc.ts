import { useEffect, useState, useSyncExternalStore } from 'react';
import { createCollabSession, type CollabSession, type CollabSessionOptions, type CollabSnapshot } from './collab-session';

const idleSnapshot: CollabSnapshot = { status: { kind: 'connecting' }, isReady: false };
const noop = () => () => {};

/**
 * Opens document `docName` for as long as the component is mounted (or until the name
 * changes) and closes it afterwards. `session` is null on the first render. Re-renders only
 * when readiness changes, not on every status change (typing flips "saving" constantly).
 */
export function useCollabDoc(options: CollabSessionOptions): { session: CollabSession | null; isReady: boolean } {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { serverUrl, docName } = options;
  useEffect(() => {
    const created = createCollabSession(options);
    created.start();
    setSession(created);
    return () => {
      setSession(null);
      created.dispose();
    };
    // A session is tied to its document and relay; other options are read once at creation.
  }, [serverUrl, docName]);
  const isReady = useSyncExternalStore(
    session ? session.subscribe : noop,
    () => session?.getSnapshot().isReady ?? false,
    () => false,
  );
  return { session, isReady };
}

/** The session's current snapshot (status and readiness), re-rendering on change. */
export function useCollabSnapshot(session: CollabSession | null): CollabSnapshot {
  return useSyncExternalStore(
    session ? session.subscribe : noop,
    session ? session.getSnapshot : () => idleSnapshot,
    () => idleSnapshot,
  );
}
