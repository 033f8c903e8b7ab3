import { Fragment, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { Icon } from './icons';
import { LinkPopover } from './LinkPopover';
import { TOOLBAR_GROUPS, type ToolbarAction } from './toolbar-actions';
import { isToolbarKey, nextFocusIndex, tabStopIndex } from './toolbar-focus';

interface ToolbarProps {
  readonly editor: Editor;
  readonly isLinkOpen: boolean;
  readonly onLinkOpenChange: (isOpen: boolean) => void;
}

const ALL_ACTIONS = TOOLBAR_GROUPS.flat();

/**
 * Formatting toolbar, per the WAI-ARIA toolbar pattern: one Tab stop (on the button used last,
 * or the first enabled one), arrow keys move between enabled buttons and wrap, Home/End jump
 * to the ends. Every button has a label, a pressed state and its shortcut in the tooltip.
 */
export function Toolbar({ editor, isLinkOpen, onLinkOpenChange }: ToolbarProps) {
  const states = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const result: Record<string, { active: boolean; enabled: boolean }> = {};
      for (const action of ALL_ACTIONS) {
        result[action.id] = { active: action.isActive?.(e) ?? false, enabled: action.isEnabled?.(e) ?? true };
      }
      return result;
    },
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const rootRef = useRef<HTMLDivElement>(null);
  // The control used last keeps the Tab stop while it stays enabled (roving tabindex).
  const [lastUsed, setLastUsed] = useState(0);
  const enabled = ALL_ACTIONS.map((action) => states?.[action.id]?.enabled ?? true);
  const tabStop = tabStopIndex(enabled, lastUsed);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only keys pressed on the toolbar's own buttons: the link popover's field lives inside
    // the toolbar too, and its arrows must move its caret.
    const from = ALL_ACTIONS.findIndex((action) => action.id === (event.target as HTMLElement).dataset['toolbarItem']);
    if (from < 0 || !isToolbarKey(event.key)) return;
    event.preventDefault();
    const next = nextFocusIndex(enabled, from, event.key);
    setLastUsed(next);
    rootRef.current?.querySelector<HTMLButtonElement>(`[data-toolbar-item="${ALL_ACTIONS[next]?.id}"]`)?.focus();
  };

  const renderButton = (action: ToolbarAction, index: number) => {
    const state = states?.[action.id] ?? { active: false, enabled: true };
    const isLink = action.id === 'link';
    return (
      <button
        key={action.id}
        type="button"
        data-toolbar-item={action.id}
        className={`tool${state.active ? ' tool--active' : ''}${action.text ? ' tool--text' : ''}`}
        tabIndex={index === tabStop ? 0 : -1}
        aria-label={action.label}
        aria-pressed={action.isActive ? state.active : undefined}
        aria-haspopup={isLink ? 'dialog' : undefined}
        aria-expanded={isLink ? isLinkOpen : undefined}
        title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}
        disabled={!state.enabled}
        // Keep the editor's selection: a mousedown on a button would blur it.
        onMouseDown={(event) => event.preventDefault()}
        onFocus={() => setLastUsed(index)}
        onClick={() => {
          setLastUsed(index);
          if (isLink) onLinkOpenChange(!isLinkOpen);
          else action.run(editor);
        }}
      >
        {action.icon ? <Icon name={action.icon} /> : action.text}
      </button>
    );
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" ref={rootRef} onKeyDown={onKeyDown}>
      {TOOLBAR_GROUPS.map((group, groupIndex) => (
        <Fragment key={groupIndex}>
          {groupIndex > 0 && <span className="toolbar__divider" role="separator" aria-orientation="vertical" />}
          {group.map((action) => renderButton(action, ALL_ACTIONS.indexOf(action)))}
        </Fragment>
      ))}
      {isLinkOpen && <LinkPopover editor={editor} onClose={() => onLinkOpenChange(false)} />}
    </div>
  );
}
