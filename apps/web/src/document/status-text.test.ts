import { describe, expect, it } from 'vitest';
import { describeRefusal, describeStatus } from './status-text';

describe('describeStatus', () => {
  it('says saved only when connected and up to date', () => {
    expect(describeStatus({ kind: 'synced' }).label).toBe('Saved');
    expect(describeStatus({ kind: 'syncing', hasUnsyncedChanges: true }).label).toBe('Saving…');
  });

  it('mentions unsynced changes when offline with local edits', () => {
    const text = describeStatus({ kind: 'offline', hasUnsyncedChanges: true });
    expect(text.label).toContain('unsynced');
    expect(text.detail).toContain('kept on this device');
  });

  it('explains a relay restart and the next attempt', () => {
    const text = describeStatus(
      { kind: 'reconnecting', attempt: 2, retryAt: 10_000, lastCloseCode: 1012, hasUnsyncedChanges: false },
      5_000,
    );
    expect(text.detail).toBe('The server is restarting. Next attempt in 5 s.');
  });

  it('turns a refusal close code into a reason a person understands', () => {
    const text = describeStatus({ kind: 'stopped', code: 4403, reason: 'FORBIDDEN', canRetry: true, hasUnsyncedChanges: false });
    expect(text).toMatchObject({ tone: 'error', label: 'Disconnected' });
    expect(text.detail).toBe('You do not have access to this document.');
  });
});

describe('terminal refusals in plain words', () => {
  const stopped = (code: number, reason: string, hasUnsyncedChanges = false) =>
    ({ kind: 'stopped', code, reason, canRetry: code !== 4410, hasUnsyncedChanges }) as const;

  it('[10.2] never promises a sync that will not happen', () => {
    for (const [code, reason] of [
      [4401, 'UNAUTHENTICATED'],
      [4403, 'FORBIDDEN'],
      [4410, 'DOCUMENT_DELETED'],
      [4400, 'DOC_NAME_TOO_LONG'],
    ] as const) {
      expect(describeStatus(stopped(code, reason, true)).detail).not.toContain('will sync');
    }
  });

  it('[10.2] says what happened: deleted, name refused, signed out, no access', () => {
    expect(describeRefusal(stopped(4410, 'DOCUMENT_DELETED'))).toMatchObject({ title: 'This document was deleted' });
    expect(describeRefusal(stopped(4400, 'DOC_NAME_TOO_LONG')).title).toBe('This document name is too long');
    expect(describeRefusal(stopped(4400, 'DOC_NAME_CONTROL_CHARACTERS')).title).toBe('This document name cannot be used');
    expect(describeRefusal(stopped(4401, 'UNAUTHENTICATED')).title).toBe('Your access link is missing or has expired');
    expect(describeRefusal(stopped(4401, 'TOKEN_EXPIRED')).title).toBe('Your access link is missing or has expired');
    expect(describeRefusal(stopped(4403, 'FORBIDDEN')).title).toBe('You do not have access to this document');
    expect(describeRefusal(stopped(4403, 'FORBIDDEN', true)).body).toContain('not saved');
  });
});
