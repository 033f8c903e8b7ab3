import { describe, expect, it } from 'vitest';
import { describeStatus } from './status-text';

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
    const text = describeStatus({ kind: 'stopped', code: 4403, reason: 'FORBIDDEN', hasUnsyncedChanges: false });
    expect(text).toMatchObject({ tone: 'error', label: 'Disconnected' });
    expect(text.detail).toBe('You do not have access to this document.');
  });
});
