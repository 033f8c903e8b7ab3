import { useSyncExternalStore } from 'react';
import type { CollabSession } from './collab-session';
import type { ConnectionStatus } from './connection-status';

const connecting: ConnectionStatus = { kind: 'connecting' };
const noop = () => () => {};

/** The connection status of a session, re-rendering only when the status itself changes. */
export function useConnectionStatus(session: CollabSession | null): ConnectionStatus {
  return useSyncExternalStore(
    session ? session.subscribe : noop,
    () => session?.getSnapshot().status ?? connecting,
    () => connecting,
  );
}
