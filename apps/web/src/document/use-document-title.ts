import { useEffect, useState } from 'react';
import { TITLE_FIELD, type CollabSession } from '@tandem/client';

/** The shared document title, kept in step with the browser tab's title. */
export function useDocumentTitle(session: CollabSession | null): string {
  const [title, setTitle] = useState('');
  useEffect(() => {
    if (!session) return;
    const text = session.doc.getText(TITLE_FIELD);
    const update = () => {
      const current = text.toString().trim();
      setTitle(current);
      document.title = `${current || 'Untitled'} · Tandem`;
    };
    update();
    text.observe(update);
    return () => {
      text.unobserve(update);
      document.title = 'Tandem';
    };
  }, [session]);
  return title;
}
