import { useEffect, useState, useSyncExternalStore } from 'react';
import { createCollabSession, type CollabSession, type CollabSessionOptions, type CollabSnapshot } from './collab-session';

const idleSnapshot: CollabSnapshot = { status: { kind: 'connecting' }, isReady: false, isReadOnly: false, canEdit: false, transport: 'websocket' };
const noop = () => () => {};

/** What `useCollabDoc` returns: the session and the flags that decide what the page shows. */
export interface CollabDocState {
  readonly session: CollabSession | null;
  /** The content is known (see `CollabSnapshot.isReady`): mount the editor. */
  readonly isReady: boolean;
  /** Viewing only (token role or refused edit). */
  readonly isReadOnly: boolean;
  /** The person may type now. */
  readonly canEdit: boolean;
}

/**
 * Opens document `docName` for as long as the component is mounted (or until the name
 * changes) and closes it afterwards. `session` is null on the first render. Re-renders only
 * when readiness or editability change, not on every status change (typing flips "saving"
 * constantly).
 */
export function useCollabDoc(options: CollabSessionOptions): CollabDocState {
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
  const subscribe = session ? session.subscribe : noop;
  const read = <K extends 'isReady' | 'isReadOnly' | 'canEdit'>(key: K) => () => session?.getSnapshot()[key] ?? false;
  const isReady = useSyncExternalStore(subscribe, read('isReady'), () => false);
  const isReadOnly = useSyncExternalStore(subscribe, read('isReadOnly'), () => false);
  const canEdit = useSyncExternalStore(subscribe, read('canEdit'), () => false);
  return { session, isReady, isReadOnly, canEdit };
}

/** The session's current snapshot (status and readiness), re-rendering on change. */
export function useCollabSnapshot(session: CollabSession | null): CollabSnapshot {
  return useSyncExternalStore(
    session ? session.subscribe : noop,
    session ? session.getSnapshot : () => idleSnapshot,
    () => idleSnapshot,
  );
}
