import { useRef } from 'react';
import { IMPORT_ACCEPT } from './import-file';

/** "Import": picks a Markdown or HTML file to bring in as a new document. */
export function ImportButton({ isBusy, onFile }: { isBusy: boolean; onFile: (file: File) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" disabled={isBusy} onClick={() => inputRef.current?.click()}>
        {isBusy ? 'Importing…' : 'Import'}
      </button>
      <input
        ref={inputRef}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        aria-label="Import a Markdown or HTML file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
