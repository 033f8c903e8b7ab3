import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The part of ProseMirror's internal DOM observer this extension calls. */
interface WithDomObserver {
  readonly domObserver?: { flush(): void };
}

/**
 * Makes key commands act on the selection the user sees. ProseMirror learns about a caret
 * moved by a click or an arrow key from the `selectionchange` event, but Chromium runs input
 * events ahead of other tasks: on a busy machine, an Enter pressed right after a click can be
 * handled while the editor still holds the old selection, splitting the wrong paragraph (the
 * e2e tests hit this under load). Before any key binding runs, read the DOM selection now —
 * with ProseMirror's own observer, which also handles widgets, composition and node selections.
 */
export const SelectionSync = Extension.create({
  name: 'selectionSync',
  // Before every extension's key bindings.
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('selectionSync'),
        props: {
          handleKeyDown(view: EditorView) {
            (view as unknown as WithDomObserver).domObserver?.flush();
            return false;
          },
        },
      }),
    ];
  },
});
