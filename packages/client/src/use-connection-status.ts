import type { CollabSession } from './collab-session';
import type { ConnectionStatus } from './connection-status';
import { useCollabSnapshot } from './use-collab-doc';

/** The connection status of a session, re-rendering when it changes. */
export function useConnectionStatus(session: CollabSession | null): ConnectionStatus {
  return useCollabSnapshot(session).status;
}
