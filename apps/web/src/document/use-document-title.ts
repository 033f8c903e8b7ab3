import { useEffect } from 'react';
import { TITLE_FIELD, type CollabSession } from '@tandem/client';

/** Keeps the browser tab's title in step with the shared document title. */
export function useDocumentTitle(session: CollabSession | null): void {
  useEffect(() => {
    if (!session) return;
    const text = session.doc.getText(TITLE_FIELD);
    const update = () => {
      document.title = `${text.toString().trim() || 'Untitled'} · Tandem`;
    };
    update();
    text.observe(update);
    return () => {
      text.unobserve(update);
      document.title = 'Tandem';
    };
  }, [session]);
}
