import { useConnectionStatus, type CollabSession } from '@tandem/client';

/**
 * Stands where the editor will be until the document's content is known. Never an empty
 * editor: typing into "nothing loaded yet" is how text got lost when the real content arrived.
 */
export function DocumentLoading({ session }: { session: CollabSession | null }) {
  const status = useConnectionStatus(session);
  // The refusal notice above says everything; an empty sheet under it would only look like a document.
  if (status.kind === 'stopped') return <main className="visually-hidden" data-document-state="refused" />;
  const isWaiting = status.kind === 'reconnecting' || status.kind === 'offline';
  if (!isWaiting) {
    return (
      <main className="sheet sheet--loading" aria-busy="true" data-document-state="loading">
        <p className="muted">Opening document…</p>
      </main>
    );
  }
  return (
    <main className="sheet sheet--loading" aria-busy="true" data-document-state="waiting">
      <section className="doc-notice" role="status">
        <h2 className="doc-notice__title">{status.kind === 'offline' ? 'You are offline' : 'Waiting for the server'}</h2>
        <p className="doc-notice__body">
          This document has not been opened on this device before, so there is nothing to show or edit until the server
          answers. It opens by itself as soon as the connection is back.
        </p>
      </section>
    </main>
  );
}
