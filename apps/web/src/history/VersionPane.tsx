import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Editor, JSONContent } from '@tiptap/core';
import type * as Y from 'yjs';
import { formatVersionTime, type PreviewedVersion } from './HistoryPanel';
import { restoreVersion } from './restore-version';
import { VersionPreview } from './VersionPreview';

/**
 * Where the document sheet was while a version is previewed: a read-only rendering with the
 * differences from the live document (kept current as people type), "Restore this version"
 * and the way back to the document.
 */
export function VersionPane({
  editor,
  title,
  preview,
  canEdit,
  onDone,
}: {
  editor: Editor;
  title: Y.Text;
  preview: PreviewedVersion;
  canEdit: boolean;
  onDone: () => void;
}) {
  const current = useLiveDocument(editor, title);
  const restore = () => {
    if (restoreVersion(editor, title, preview.content)) {
      // Show the editor again before focusing it, so Undo is one keystroke away.
      flushSync(onDone);
      editor.commands.focus();
    }
  };
  return (
    <main className="sheet sheet--version" aria-label="Version preview">
      <div className="version-bar" role="region" aria-label="Previewed version">
        <div className="version-bar__what">
          <strong>{preview.version.name ?? 'Automatic version'}</strong>
          <span className="muted"> · {formatVersionTime(preview.version.createdAt)}</span>
        </div>
        <button type="button" className="button" onClick={onDone}>
          Back to document
        </button>
        {canEdit && (
          <button type="button" className="button button--primary" onClick={restore}>
            Restore this version
          </button>
        )}
      </div>
      <VersionPreview title={preview.content.title} currentTitle={current.title} body={preview.content.body} current={current.body} />
    </main>
  );
}

/** The editor's body and the title as they are now, updated on every change (local or remote). */
function useLiveDocument(editor: Editor, title: Y.Text): { body: JSONContent; title: string } {
  const [state, setState] = useState(() => ({ body: editor.getJSON(), title: title.toString() }));
  useEffect(() => {
    const refresh = () => setState({ body: editor.getJSON(), title: title.toString() });
    refresh();
    editor.on('update', refresh);
    title.observe(refresh);
    return () => {
      editor.off('update', refresh);
      title.unobserve(refresh);
    };
  }, [editor, title]);
  return state;
}
