import { useState, type FormEvent } from 'react';
import { Dialog } from '../app/Dialog';
import type { ListedDoc } from './doc-list';

const MAX_TITLE_LENGTH = 200;

/** Asks for a document's new title and renames it on the relay (everyone connected sees it live). */
export function RenameDialog({ doc, onRename, onClose }: { doc: ListedDoc; onRename: (title: string) => Promise<void>; onClose: () => void }) {
  const [title, setTitle] = useState(doc.title ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    try {
      await onRename(title.replace(/\s+/g, ' ').trim());
      onClose();
    } catch (failure) {
      setError(`Could not rename: ${failure instanceof Error ? failure.message : String(failure)}`);
      setIsBusy(false);
    }
  };
  return (
    <Dialog title="Rename document" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="field__label">Title</span>
          <input
            className="input"
            value={title}
            maxLength={MAX_TITLE_LENGTH}
            placeholder="Untitled"
            autoFocus
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={isBusy}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
