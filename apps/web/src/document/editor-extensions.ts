import { Extension, type AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { BODY_FIELD, type CollabSession, type UserIdentity } from '@tandem/client';
import { createSchemaExtensions } from '@tandem/doc-schema';
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
    // The document's nodes and marks: one list shared with the relay's import and export.
    ...createSchemaExtensions(),
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
