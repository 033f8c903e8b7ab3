import { CloseCode } from '@tandem/protocol';
import type { ConnectionStatus } from '@tandem/client';

/** How a status looks: a tone for the dot, a short label, and a sentence for tooltips and screen readers. */
export interface StatusText {
  readonly tone: 'ok' | 'busy' | 'warn' | 'error';
  readonly label: string;
  readonly detail: string;
}

const KEPT_LOCALLY = 'Your changes are kept on this device and will sync when the connection is back.';

/** What a close code means for a person. */
export function describeCloseCode(code: number, reason: string): string {
  switch (code) {
    case CloseCode.messageTooBig:
      return 'A change was too large for the server to accept.';
    case CloseCode.badMessage:
      return 'The server could not understand this editor. Reload the page to get the latest version.';
    case CloseCode.unauthenticated:
      return 'You need to sign in again to edit this document.';
    case CloseCode.forbidden:
      return 'You do not have access to this document.';
    case CloseCode.handshakeTimeout:
      return 'The server did not hear from this editor in time.';
    default:
      return `The server closed the connection (${code}${reason ? ` ${reason}` : ''}).`;
  }
}

/** The words and tone for a connection status. */
export function describeStatus(status: ConnectionStatus, nowMs: number = Date.now()): StatusText {
  switch (status.kind) {
    case 'connecting':
      return { tone: 'busy', label: 'Connecting…', detail: 'Connecting to the server.' };
    case 'syncing':
      return status.hasUnsyncedChanges
        ? { tone: 'busy', label: 'Saving…', detail: 'Sending your latest changes to the server.' }
        : { tone: 'busy', label: 'Syncing…', detail: 'Catching up with the latest version.' };
    case 'synced':
      return { tone: 'ok', label: 'Saved', detail: 'Connected and up to date: every change is saved on the server.' };
    case 'offline':
      return status.hasUnsyncedChanges
        ? { tone: 'warn', label: 'Offline · unsynced changes', detail: `You are offline. ${KEPT_LOCALLY}` }
        : { tone: 'warn', label: 'Offline', detail: 'You are offline. Edits you make are kept on this device.' };
    case 'reconnecting': {
      const seconds = status.retryAt === null ? 0 : Math.ceil((status.retryAt - nowMs) / 1000);
      const when = seconds > 1 ? ` Next attempt in ${seconds} s.` : '';
      const why = status.lastCloseCode === CloseCode.serviceRestart ? 'The server is restarting.' : 'The connection was lost.';
      return {
        tone: 'warn',
        label: status.hasUnsyncedChanges ? 'Reconnecting · unsynced changes' : 'Reconnecting…',
        detail: `${why}${when}${status.hasUnsyncedChanges ? ` ${KEPT_LOCALLY}` : ''}`,
      };
    }
    case 'stopped':
      return {
        tone: 'error',
        label: 'Disconnected',
        detail: `${describeCloseCode(status.code, status.reason)}${status.hasUnsyncedChanges ? ` ${KEPT_LOCALLY}` : ''}`,
      };
  }
}
