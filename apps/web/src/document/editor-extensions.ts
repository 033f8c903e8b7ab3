import { Extension, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FIELD, type CollabSession, type UserIdentity } from '@tandem/client';
import { EmptyPlaceholder } from './empty-placeholder';
import { SelectionSync } from './selection-sync';

/** What the editor needs from the page. */
export interface EditorSetup {
  readonly session: CollabSession;
  readonly user: UserIdentity;
  /** Mod-K: the page opens the link popover. */
  readonly onLinkShortcut: () => void;
}

/** The TipTap extensions of a collaborative document. */
export function createEditorExtensions({ session, user, onLinkShortcut }: EditorSetup): AnyExtension[] {
  return [
    StarterKit.configure({
      // Collaboration brings a Yjs undo manager that undoes only this user's changes;
      // ProseMirror's own history would undo other people's typing too.
      undoRedo: false,
      // The trailing-node plugin appends an empty paragraph whenever the last block is not
      // one. Every open tab does that at the same moment, so collaborators pile up empty
      // paragraphs: exactly the duplicated-content bug the seed exists to prevent.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https', HTMLAttributes: { rel: 'noopener noreferrer nofollow' } },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    Collaboration.configure({ document: session.doc, field: BODY_FIELD }),
    CollaborationCaret.configure({ provider: session.provider, user }),
    EmptyPlaceholder,
    SelectionSync,
    Extension.create({
      name: 'linkShortcut',
      addKeyboardShortcuts: () => ({
        'Mod-k': () => {
          onLinkShortcut();
          return true;
        },
      }),
    }),
  ];
}
