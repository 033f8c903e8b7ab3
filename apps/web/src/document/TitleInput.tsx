import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { diffText, transformIndex, type TextDelta } from './text-diff';
import { isDocBlank } from './doc-content';

const TITLE_ORIGIN = 'title-input';
const MAX_TITLE_LENGTH = 200;

/**
 * The document title, bound to the shared `Y.Text('title')`: every keystroke becomes a splice,
 * and renames by others appear live without moving this user's caret.
 */
export function TitleInput({ text, isReadOnly, onEnter }: { text: Y.Text; isReadOnly: boolean; onEnter: () => void }) {
  const [value, setValue] = useState(() => text.toString());
  const ref = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  useEffect(() => {
    setValue(text.toString());
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === TITLE_ORIGIN) return;
      const input = ref.current;
      if (input && document.activeElement === input) {
        const delta = event.delta as TextDelta;
        pendingSelection.current = [transformIndex(input.selectionStart, delta), transformIndex(input.selectionEnd, delta)];
      }
      setValue(text.toString());
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  // A new (blank) document starts with the caret in its title: naming it is the first thing to do.
  useEffect(() => {
    // Only when the title first appears (not on later read-only changes): hence `text` alone.
    if (!isReadOnly && text.doc && isDocBlank(text.doc)) ref.current?.focus();
  }, [text]);

  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    // Grow with the title instead of scrolling inside a one-line box.
    input.style.height = '0px';
    input.style.height = `${input.scrollHeight}px`;
    if (pendingSelection.current) {
      input.setSelectionRange(...pendingSelection.current);
      pendingSelection.current = null;
    }
  }, [value]);

  const onInput = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value.replace(/\s*\n\s*/g, ' ').slice(0, MAX_TITLE_LENGTH);
    const splice = diffText(text.toString(), next);
    if (splice) {
      text.doc?.transact(() => {
        if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
        if (splice.insert) text.insert(splice.index, splice.insert);
      }, TITLE_ORIGIN);
    }
    setValue(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' || (event.key === 'ArrowDown' && event.currentTarget.selectionStart === value.length)) {
      event.preventDefault();
      onEnter();
    }
  };

  return (
    <textarea
      ref={ref}
      className="title-input"
      rows={1}
      value={value}
      placeholder="Untitled"
      aria-label="Document title"
      spellCheck
      readOnly={isReadOnly}
      onChange={onInput}
      onKeyDown={onKeyDown}
    />
  );
}
