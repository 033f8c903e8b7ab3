import { forgetLocalDoc } from './local-docs';

/**
 * Removes everything this browser keeps of a deleted document: its entry in the list record,
 * its IndexedDB copy and its unconfirmed-changes marker (names as `@tandem/client` builds them
 * in collab-session.ts and pending-store.ts). Otherwise reopening the name would upload the
 * old content again as a new document.
 */
export function deleteLocalCopy(name: string): void {
  forgetLocalDoc(name);
  try {
    window.localStorage.removeItem(`tandem:pending:${name}`);
  } catch {
    // Nothing stored, or storage unavailable: nothing to remove.
  }
  try {
    // Waits by itself while a tab still has the document open; nothing to await here.
    window.indexedDB?.deleteDatabase(`tandem:${name}`);
  } catch {
    // Private mode without IndexedDB.
  }
}
