import { useEffect } from 'react';
import { TITLE_FIELD, type CollabSession } from '@tandem/client';
import { isDocBlank } from '../document/doc-content';
import { rememberLocalDoc } from './local-docs';

/** Writes to the record at most this often while someone types. */
const RECORD_DELAY_MS = 1_000;

/**
 * Remembers an open document in this browser's list record (`local-docs.ts`), so the home
 * page can list it when the relay cannot be asked. A document nobody wrote in is not
 * remembered: opening a link and leaving must not leave an "Untitled" behind.
 */
export function useLocalDocRecord(session: CollabSession | null): void {
  useEffect(() => {
    if (!session) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const record = () => {
      timer = null;
      if (isDocBlank(session.doc)) return;
      rememberLocalDoc({
        name: session.docName,
        title: session.doc.getText(TITLE_FIELD).toString().trim() || null,
        updatedAt: Date.now(),
        // In sync with the relay means the relay has it; once true it stays true in the record.
        isOnRelay: session.getSnapshot().status.kind === 'synced',
      });
    };
    const schedule = () => {
      timer ??= setTimeout(record, RECORD_DELAY_MS);
    };
    // Closing the tab runs no React cleanup: write what is pending as the page goes away.
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      record();
    };
    session.doc.on('update', schedule);
    const unsubscribe = session.subscribe(schedule);
    window.addEventListener('pagehide', flush);
    schedule();
    return () => {
      session.doc.off('update', schedule);
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      if (timer !== null) {
        clearTimeout(timer);
        // The session may be disposed already (its effect cleans up first); its doc still reads.
        try {
          record();
        } catch {
          // Nothing to remember then.
        }
      }
    };
  }, [session]);
}
