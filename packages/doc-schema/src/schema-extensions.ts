import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TaskItem, TaskList } from '@tiptap/extension-list';

/**
 * The TipTap extensions that define what a Tandem document may contain: its nodes, marks and
 * their attributes. The web editor adds its behaviour (collaboration, carets, shortcuts) on
 * top of exactly this list, and the relay builds the same ProseMirror schema from it to
 * convert documents to and from Markdown, HTML and JSON — one schema, so nothing the editor
 * can write is lost on export and nothing imported is something the editor cannot show.
 */
export function createSchemaExtensions(): AnyExtension[] {
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
  ];
}
