import { useRef, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { useDismiss } from '../app/use-dismiss';
import { normalizeHref } from './link-href';

/** Edits the link at the selection: set, change or remove it. */
export function LinkPopover({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes('link')['href'] as string | undefined) ?? '';
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  useDismiss(ref, true, onClose);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeHref(href);
    if (!normalized) {
      setError('Enter a web address, like example.com');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: normalized, marks: [{ type: 'link', attrs: { href: normalized } }] }).run();
    } else {
      chain.setLink({ href: normalized }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form className="popover link-popover" role="dialog" aria-label="Link" ref={ref} onSubmit={apply}>
      <label className="field">
        <span className="field__label">Link address</span>
        <input
          className="input"
          type="text"
          inputMode="url"
          value={href}
          placeholder="example.com"
          autoFocus
          aria-invalid={error !== null}
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
        />
      </label>
      {error && <p className="field__error">{error}</p>}
      <div className="popover__actions">
        {current && (
          <button type="button" className="button" onClick={remove}>
            Remove link
          </button>
        )}
        <button type="submit" className="button button--primary">
          {current ? 'Update' : 'Add link'}
        </button>
      </div>
    </form>
  );
}
