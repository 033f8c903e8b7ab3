import type * as Y from 'yjs';
import { TITLE_FIELD } from '@tandem/doc-schema/fields';

/** The document title (`Y.Text('title')`). */
export function readTitle(doc: Y.Doc): string {
  return doc.getText(TITLE_FIELD).toString();
}

/**
 * Sets the title with one splice over the part that changed (common prefix and suffix kept),
 * as the editor's title input does, so a rename keeps the caret of someone typing in it.
 */
export function writeTitle(doc: Y.Doc, title: string, origin: unknown = null): void {
  const text = doc.getText(TITLE_FIELD);
  const current = text.toString();
  if (current === title) return;
  let start = 0;
  while (start < current.length && start < title.length && current[start] === title[start]) start++;
  let end = 0;
  while (end < current.length - start && end < title.length - start && current[current.length - 1 - end] === title[title.length - 1 - end]) end++;
  doc.transact(() => {
    if (current.length - start - end > 0) text.delete(start, current.length - start - end);
    if (title.length - start - end > 0) text.insert(start, title.slice(start, title.length - end));
  }, origin);
}
