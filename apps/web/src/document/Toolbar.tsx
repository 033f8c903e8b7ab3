import { Fragment, useRef, type KeyboardEvent } from 'react';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { Icon } from './icons';
import { LinkPopover } from './LinkPopover';
import { TOOLBAR_GROUPS, type ToolbarAction } from './toolbar-actions';

interface ToolbarProps {
  readonly editor: Editor;
  readonly isLinkOpen: boolean;
  readonly onLinkOpenChange: (isOpen: boolean) => void;
}

const ALL_ACTIONS = TOOLBAR_GROUPS.flat();

/**
 * Formatting toolbar. One tab stop (arrow keys move between buttons, per the ARIA toolbar
 * pattern); every button has a label, a pressed state and its shortcut in the tooltip.
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    const step = keys[event.key];
    if (step === undefined) return;
    const buttons = Array.from(rootRef.current?.querySelectorAll<HTMLButtonElement>('button[data-toolbar-item]') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = Number.isFinite(step) ? (index + step + buttons.length) % buttons.length : step < 0 ? 0 : buttons.length - 1;
    const target = buttons[next];
    if (!target) return;
    event.preventDefault();
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    target.focus();
  };

  const renderButton = (action: ToolbarAction, isFirst: boolean) => {
    const state = states?.[action.id] ?? { active: false, enabled: true };
    const isLink = action.id === 'link';
    return (
      <button
        key={action.id}
        type="button"
        data-toolbar-item
        className={`tool${state.active ? ' tool--active' : ''}${action.text ? ' tool--text' : ''}`}
        tabIndex={isFirst ? 0 : -1}
        aria-label={action.label}
        aria-pressed={action.isActive ? state.active : undefined}
        aria-haspopup={isLink ? 'dialog' : undefined}
        aria-expanded={isLink ? isLinkOpen : undefined}
        title={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}
        disabled={!state.enabled}
        // Keep the editor's selection: a mousedown on a button would blur it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (isLink ? onLinkOpenChange(!isLinkOpen) : action.run(editor))}
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
          {group.map((action, index) => renderButton(action, groupIndex === 0 && index === 0))}
        </Fragment>
      ))}
      {isLinkOpen && <LinkPopover editor={editor} onClose={() => onLinkOpenChange(false)} />}
    </div>
  );
}
