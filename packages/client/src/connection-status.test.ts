import { describe, expect, it } from 'vitest';
import {
  initialConnectionState,
  reduceConnection,
  shouldReconnectAfter,
  toConnectionStatus,
  type ConnectionEvent,
  type ConnectionState,
} from './connection-status';

const run = (events: ConnectionEvent[], start: ConnectionState = initialConnectionState(true)) =>
  events.reduce(reduceConnection, start);
const statusAfter = (events: ConnectionEvent[], start?: ConnectionState) => toConnectionStatus(run(events, start));

const connected: ConnectionEvent[] = [{ type: 'socket-connecting' }, { type: 'socket-open' }, { type: 'server-synced' }];

describe('connection status', () => {
  it('is connecting until the socket opens, syncing until the relay state arrives, then synced', () => {
    expect(statusAfter([{ type: 'socket-connecting' }])).toEqual({ kind: 'connecting' });
    expect(statusAfter([{ type: 'socket-connecting' }, { type: 'socket-open' }])).toEqual({
      kind: 'syncing',
      hasUnsyncedChanges: false,
    });
    expect(statusAfter(connected)).toEqual({ kind: 'synced' });
  });

  it('is not "up to date" while the relay has not confirmed local changes', () => {
    const status = statusAfter([...connected, { type: 'unsynced-changed', hasUnsyncedChanges: true }]);
    expect(status).toEqual({ kind: 'syncing', hasUnsyncedChanges: true });
    expect(
      statusAfter([...connected, { type: 'unsynced-changed', hasUnsyncedChanges: true }, { type: 'unsynced-changed', hasUnsyncedChanges: false }]),
    ).toEqual({ kind: 'synced' });
  });

  it('reports reconnecting with the attempt, close code and retry time after a retryable drop', () => {
    const status = statusAfter([
      ...connected,
      { type: 'socket-closed', code: 1012, reason: 'SERVICE_RESTART' },
      { type: 'retry-scheduled', retryAt: 5_000 },
    ]);
    expect(status).toEqual({ kind: 'reconnecting', attempt: 1, retryAt: 5_000, lastCloseCode: 1012, hasUnsyncedChanges: false });
  });

  it('keeps the reason the relay gave while later attempts fail without one', () => {
    const status = statusAfter([
      ...connected,
      { type: 'socket-closed', code: 1012, reason: 'SERVICE_RESTART' },
      { type: 'socket-connecting' },
      { type: 'socket-closed', code: 1006, reason: '' },
    ]);
    expect(status).toMatchObject({ kind: 'reconnecting', attempt: 2, lastCloseCode: 1012 });
    expect(statusAfter([...connected, { type: 'socket-closed', code: 1006, reason: '' }])).toMatchObject({ lastCloseCode: 1006 });
  });

  it('counts failed attempts until a sync succeeds, then resets', () => {
    const failing: ConnectionEvent[] = [
      { type: 'socket-connecting' },
      { type: 'socket-closed', code: 1006, reason: '' },
      { type: 'socket-connecting' },
      { type: 'socket-closed', code: 1006, reason: '' },
    ];
    expect(run(failing).attempt).toBe(2);
    expect(run([...failing, ...connected]).attempt).toBe(0);
  });

  it('shows reconnecting (not connecting) when the very first attempts fail', () => {
    expect(statusAfter([{ type: 'socket-connecting' }, { type: 'socket-closed', code: 1006, reason: '' }]).kind).toBe('reconnecting');
  });

  it('stops on a non-retryable close and ignores later socket events', () => {
    const stopped = run([...connected, { type: 'socket-closed', code: 4403, reason: 'FORBIDDEN' }]);
    expect(toConnectionStatus(stopped)).toEqual({ kind: 'stopped', code: 4403, reason: 'FORBIDDEN', canRetry: true, hasUnsyncedChanges: false });
    const later = run([{ type: 'socket-connecting' }, { type: 'socket-open' }, { type: 'socket-closed', code: 1006, reason: '' }], stopped);
    expect(toConnectionStatus(later).kind).toBe('stopped');
  });

  it('resumes after the user asks to retry a stopped connection', () => {
    const stopped = run([...connected, { type: 'socket-closed', code: 4400, reason: 'BAD_MESSAGE' }]);
    const resumed = run([{ type: 'retry-requested' }, ...connected], stopped);
    expect(toConnectionStatus(resumed)).toEqual({ kind: 'synced' });
  });

  it('[10.2] a deleted document or a refused name stays stopped even when the user asks to retry', () => {
    const deleted = run([...connected, { type: 'socket-closed', code: 4410, reason: 'DOCUMENT_DELETED' }]);
    expect(toConnectionStatus(deleted)).toMatchObject({ kind: 'stopped', code: 4410, canRetry: false });
    expect(toConnectionStatus(run([{ type: 'retry-requested' }, ...connected], deleted)).kind).toBe('stopped');
    const refused = run([{ type: 'refused', code: 4400, reason: 'DOC_NAME_TOO_LONG' }]);
    expect(toConnectionStatus(refused)).toMatchObject({ kind: 'stopped', reason: 'DOC_NAME_TOO_LONG', canRetry: false });
    expect(toConnectionStatus(run([{ type: 'retry-requested' }], refused)).kind).toBe('stopped');
  });

  it('says offline, with unsynced changes, when the browser has no network', () => {
    const status = statusAfter([
      ...connected,
      { type: 'browser-offline' },
      { type: 'socket-closed', code: null, reason: '' },
      { type: 'unsynced-changed', hasUnsyncedChanges: true },
    ]);
    expect(status).toEqual({ kind: 'offline', hasUnsyncedChanges: true });
  });

  it('starts offline when the page loads without network', () => {
    expect(toConnectionStatus(initialConnectionState(false))).toEqual({ kind: 'offline', hasUnsyncedChanges: false });
  });

  it('retries after drops and restarts but not after refusals', () => {
    for (const code of [1000, 1001, 1005, 1006, 1011, 1012, 1013, 4508, 4529]) expect(shouldReconnectAfter(code)).toBe(true);
    for (const code of [1009, 4400, 4401, 4403]) expect(shouldReconnectAfter(code)).toBe(false);
  });
});
