import { CloseCode } from '@tandem/protocol';
import { DOCUMENT_DELETED_CODE, type ConnectionStatus } from '@tandem/client';

/** How a status looks: a tone for the dot, a short label, and a sentence for tooltips and screen readers. */
export interface StatusText {
  readonly tone: 'ok' | 'busy' | 'warn' | 'error';
  readonly label: string;
  readonly detail: string;
}

/** A refusal the page explains in full (not only in the pill's tooltip). */
export interface RefusalText {
  readonly title: string;
  readonly body: string;
}

type StoppedStatus = Extract<ConnectionStatus, { kind: 'stopped' }>;

const KEPT_LOCALLY = 'Your changes are kept on this device and will sync when the connection is back.';
/** For a refusal: the changes are still here, but nothing will send them by itself. */
const NOT_SAVED = 'Changes you made that were not saved yet are only on this device.';

/** What a close code means for a person, in one sentence. */
export function describeCloseCode(code: number, reason: string): string {
  if (reason.startsWith('DOC_NAME_')) return describeNameRefusal(reason);
  switch (code) {
    case DOCUMENT_DELETED_CODE:
      return 'This document was deleted.';
    case CloseCode.messageTooBig:
      return 'A change was too large for the server to accept.';
    case CloseCode.badMessage:
      return 'The server could not understand this editor. Reload the page to get the latest version.';
    case CloseCode.unauthenticated:
      return 'Your access link is missing or has expired: you need a new link to open this document.';
    case CloseCode.forbidden:
      return 'You do not have access to this document.';
    case CloseCode.handshakeTimeout:
      return 'The server did not hear from this editor in time.';
    default:
      return `The server closed the connection (${code}${reason ? ` ${reason}` : ''}).`;
  }
}

function describeNameRefusal(reason: string): string {
  if (reason === 'DOC_NAME_TOO_LONG') return 'This document name is longer than the server accepts (255 bytes).';
  if (reason === 'DOC_NAME_CONTROL_CHARACTERS') return 'This document name contains control characters, which the server does not accept.';
  return 'The server does not accept this document name.';
}

/** The heading and explanation shown on the page when the relay (or the name) refused the document. */
export function describeRefusal(status: StoppedStatus): RefusalText {
  const unsaved = status.hasUnsyncedChanges ? ` ${NOT_SAVED}` : '';
  if (status.reason === 'DOC_NAME_TOO_LONG') {
    return { title: 'This document name is too long', body: `${describeNameRefusal(status.reason)} Nothing can be saved under it; pick a shorter name.` };
  }
  if (status.reason.startsWith('DOC_NAME_')) {
    return { title: 'This document name cannot be used', body: `${describeNameRefusal(status.reason)} Nothing can be saved under it.` };
  }
  switch (status.code) {
    case DOCUMENT_DELETED_CODE:
      return {
        title: 'This document was deleted',
        body: 'Someone deleted it while it was open. What you see is the last version this page had; it is no longer saved anywhere, so copy anything you need.',
      };
    case CloseCode.unauthenticated:
      return {
        title: 'Your access link is missing or has expired',
        body: `The server needs a valid link to open this document. Ask its owner for a new one.${unsaved}`,
      };
    case CloseCode.forbidden:
      return {
        title: 'You do not have access to this document',
        body: `Your link does not cover this document (or no longer does). Changes are not saved.${unsaved}`,
      };
    default:
      return { title: 'The server stopped this editor', body: `${describeCloseCode(status.code, status.reason)}${unsaved}` };
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
        : { tone: 'warn', label: 'Offline', detail: 'You are offline.' };
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
        label: status.code === DOCUMENT_DELETED_CODE ? 'Deleted' : status.reason.startsWith('DOC_NAME_') ? 'Invalid name' : 'Disconnected',
        detail: `${describeCloseCode(status.code, status.reason)}${status.hasUnsyncedChanges ? ` ${NOT_SAVED}` : ''}`,
      };
  }
}
