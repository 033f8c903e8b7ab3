import type { Editor } from '@tiptap/core';
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { VersionContent } from './versions-api';

/**
 * Makes the document look like `version` as this person's own edit: body and title change in
 * ONE local Yjs transaction, with the origin the editor's undo manager tracks, so everyone
 * receives it as an ordinary forward update and this person's Undo reverts all of it (and
 * nothing anyone else typed). Returns false when the editor has no undo manager (not bound to
 * a shared document).
 */
export function restoreVersion(editor: Editor, title: Y.Text, version: VersionContent): boolean {
  const undoManager = yUndoPluginKey.getState(editor.state)?.undoManager as Y.UndoManager | undefined;
  const doc = title.doc;
  if (!undoManager || !doc) return false;
  // The title lives beside the body; the manager only watches the body unless told.
  undoManager.addToScope(title);
  // Its own undo step: not merged with typing just before or after.
  undoManager.stopCapturing();
  doc.transact(() => {
    // The sync plugin writes the new body into the shared fragment inside this transaction.
    editor.commands.setContent(version.body, { emitUpdate: true });
    replaceText(title, version.title);
  }, ySyncPluginKey);
  undoManager.stopCapturing();
  return true;
}

/** One splice over the part that differs, as the title input does. */
function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  if (current.length - start - end > 0) text.delete(start, current.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}
