import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import type { ListedDoc } from './doc-list';

/** Confirms deleting a document: it is gone for everyone, and whoever has it open is told so. */
export function DeleteDialog({ doc, onDelete, onClose }: { doc: ListedDoc; onDelete: () => Promise<void>; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const confirm = async () => {
    setIsBusy(true);
    try {
      await onDelete();
      onClose();
    } catch (failure) {
      setError(`Could not delete: ${failure instanceof Error ? failure.message : String(failure)}`);
      setIsBusy(false);
    }
  };
  return (
    <Dialog title={`Delete “${doc.title ?? 'Untitled'}”?`} onClose={onClose}>
      <p className="dialog__text">
        It is deleted on the relay for everyone, and whoever has it open is told it was deleted. This cannot be undone.
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        {/* Focus starts on the harmless choice. */}
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" disabled={isBusy} onClick={() => void confirm()}>
          Delete
        </button>
      </div>
    </Dialog>
  );
}
