import { useConnectionStatus, type CollabSession } from '@tandem/client';
import { AppLink } from '../app/AppLink';
import { describeRefusal } from './status-text';

/**
 * When the relay refused this document (deleted, no access, expired link, invalid name): what
 * happened, in plain words on the page, and what the person can do. Nothing is retried by itself.
 */
export function RefusalNotice({ session, navigate }: { session: CollabSession | null; navigate: (path: string) => void }) {
  const status = useConnectionStatus(session);
  if (status.kind !== 'stopped') return null;
  const text = describeRefusal(status);
  return (
    <section className="doc-notice doc-notice--error" role="alert" data-refusal={status.reason || String(status.code)}>
      <h2 className="doc-notice__title">{text.title}</h2>
      <p className="doc-notice__body">{text.body}</p>
      <div className="doc-notice__actions">
        {status.canRetry && session && (
          <button type="button" className="button" onClick={() => session.retry()}>
            Try again
          </button>
        )}
        <AppLink href="/" navigate={navigate} className="button button--primary">
          All documents
        </AppLink>
      </div>
    </section>
  );
}
