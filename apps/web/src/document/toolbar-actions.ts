import type { Editor } from '@tiptap/core';
import type { IconName } from './icons';

/** One toolbar button: what it shows, what it does, and when it is pressed or usable. */
export interface ToolbarAction {
  readonly id: string;
  readonly label: string;
  /** Shown in the tooltip, e.g. "Ctrl+B". */
  readonly shortcut?: string;
  readonly icon?: IconName;
  /** Text instead of an icon (headings). */
  readonly text?: string;
  readonly run: (editor: Editor) => void;
  readonly isActive?: (editor: Editor) => boolean;
  readonly isEnabled?: (editor: Editor) => boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';
const alt = isMac ? '⌥' : 'Alt+';
const shift = isMac ? '⇧' : 'Shift+';

const heading = (level: 1 | 2 | 3): ToolbarAction => ({
  id: `heading-${level}`,
  label: `Heading ${level}`,
  text: `H${level}`,
  shortcut: `${mod}${alt}${level}`,
  run: (e) => e.chain().focus().toggleHeading({ level }).run(),
  isActive: (e) => e.isActive('heading', { level }),
});

/** The toolbar, in groups separated by dividers. `link` is handled by the toolbar itself (it needs a popover). */
export const TOOLBAR_GROUPS: ReadonlyArray<ReadonlyArray<ToolbarAction>> = [
  [
    { id: 'undo', label: 'Undo', icon: 'undo', shortcut: `${mod}Z`, run: (e) => e.chain().focus().undo().run(), isEnabled: (e) => e.can().undo() },
    { id: 'redo', label: 'Redo', icon: 'redo', shortcut: `${mod}${shift}Z`, run: (e) => e.chain().focus().redo().run(), isEnabled: (e) => e.can().redo() },
  ],
  [heading(1), heading(2), heading(3)],
  [
    { id: 'bold', label: 'Bold', icon: 'bold', shortcut: `${mod}B`, run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
    { id: 'italic', label: 'Italic', icon: 'italic', shortcut: `${mod}I`, run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
    { id: 'strike', label: 'Strikethrough', icon: 'strike', shortcut: `${mod}${shift}S`, run: (e) => e.chain().focus().toggleStrike().run(), isActive: (e) => e.isActive('strike') },
    { id: 'code', label: 'Inline code', icon: 'code', shortcut: `${mod}E`, run: (e) => e.chain().focus().toggleCode().run(), isActive: (e) => e.isActive('code') },
    { id: 'link', label: 'Link', icon: 'link', shortcut: `${mod}K`, run: () => undefined, isActive: (e) => e.isActive('link') },
  ],
  [
    { id: 'bullet-list', label: 'Bulleted list', icon: 'bulletList', shortcut: `${mod}${shift}8`, run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
    { id: 'ordered-list', label: 'Numbered list', icon: 'orderedList', shortcut: `${mod}${shift}7`, run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
    { id: 'task-list', label: 'Task list', icon: 'taskList', shortcut: `${mod}${shift}9`, run: (e) => e.chain().focus().toggleTaskList().run(), isActive: (e) => e.isActive('taskList') },
  ],
  [
    { id: 'blockquote', label: 'Quote', icon: 'quote', shortcut: `${mod}${shift}B`, run: (e) => e.chain().focus().toggleBlockquote().run(), isActive: (e) => e.isActive('blockquote') },
    { id: 'code-block', label: 'Code block', icon: 'codeBlock', shortcut: `${mod}${alt}C`, run: (e) => e.chain().focus().toggleCodeBlock().run(), isActive: (e) => e.isActive('codeBlock') },
    { id: 'horizontal-rule', label: 'Divider', icon: 'rule', run: (e) => e.chain().focus().setHorizontalRule().run() },
  ],
];
