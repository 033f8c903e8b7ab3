/** History-state key marking the entry that opened a document right after creating it. */
const CREATED_KEY = 'tandemCreatedDoc';

/**
 * The history state to push when opening a document this browser just created. The page
 * then knows the document is new (empty for sure) and lets the person write at once, even
 * with no connection; any other document waits until it has synced once. History state
 * survives a reload of that entry, but not a copied link: the link's next opener waits.
 */
export function createdHereState(docId: string): Record<string, string> {
  return { [CREATED_KEY]: docId };
}

/** Whether the current history entry created `docId` here. */
export function wasCreatedHere(docId: string, state: unknown = window.history.state): boolean {
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[CREATED_KEY] === docId;
}
