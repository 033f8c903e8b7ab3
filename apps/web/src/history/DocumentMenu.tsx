import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../app/use-dismiss';
import { EXPORT_CHOICES, downloadExport, type ExportChoice } from './doc-export';

/**
 * The "⋯" document menu of the top bar: version history and export (Markdown, HTML, JSON).
 * Export needs the relay (it renders the document with the editor's schema); a failure is
 * said in the menu instead of failing silently.
 */
export function DocumentMenu({
  docId,
  title,
  token,
  onOpenHistory,
}: {
  docId: string;
  title: string;
  token: string | null;
  onOpenHistory: () => void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setIsOpen(false), []);
  useDismiss(rootRef, isOpen, close);

  const exportAs = async (choice: ExportChoice) => {
    setProblem(null);
    try {
      await downloadExport(docId, token, title, choice);
      setIsOpen(false);
    } catch (error) {
      setProblem(`Could not export: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  return (
    <div className="doc-menu" ref={rootRef}>
      <button
        type="button"
        className="icon-button doc-menu__button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-label="Document menu"
        onClick={() => {
          setProblem(null);
          setIsOpen(!isOpen);
        }}
      >
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 12h.01M12 12h.01M19 12h.01" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      </button>
      {isOpen && (
        <div className="popover doc-menu__popover" role="menu" aria-label="Document">
          <button
            type="button"
            role="menuitem"
            className="doc-menu__item"
            onClick={() => {
              setIsOpen(false);
              onOpenHistory();
            }}
          >
            Version history
          </button>
          <div className="doc-menu__separator" role="separator" />
          {EXPORT_CHOICES.map((choice) => (
            <button key={choice.format} type="button" role="menuitem" className="doc-menu__item" onClick={() => void exportAs(choice)}>
              Export as {choice.label}
            </button>
          ))}
          {problem && (
            <p className="doc-menu__problem" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
