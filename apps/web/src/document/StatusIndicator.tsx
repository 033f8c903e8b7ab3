import { useEffect, useState } from 'react';
import { useCollabSnapshot, useConnectionStatus, type CollabSession } from '@tandem/client';
import { describeStatus } from './status-text';

/** The connection status pill: always visible, announced politely to screen readers. */
export function StatusIndicator({ session }: { session: CollabSession | null }) {
  const status = useConnectionStatus(session);
  const now = useTick(status.kind === 'reconnecting' && status.retryAt !== null);
  const text = describeStatus(status, now);
  // WebSockets are blocked on this network: the session runs over SSE + POST instead.
  const isFallback = useCollabSnapshot(session).transport === 'sse';
  // A refusal is explained, with "Try again" where it can help, by the notice on the page.
  const canRetry = status.kind === 'reconnecting';
  return (
    <div className={`status status--${text.tone}`} data-status={status.kind} data-transport={isFallback ? 'sse' : 'websocket'} title={text.detail}>
      <span className="status__dot" aria-hidden="true" />
      <span className="status__label" role="status" aria-live="polite">
        {text.label}
        {isFallback && ' (HTTP fallback)'}
        <span className="visually-hidden">. {text.detail}</span>
      </span>
      {canRetry && session && (
        <button type="button" className="status__retry" onClick={() => session.retry()}>
          Retry now
        </button>
      )}
    </div>
  );
}

/** Re-renders every second while `isActive`, for the countdown to the next attempt. */
function useTick(isActive: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isActive) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [isActive]);
  return now;
}
