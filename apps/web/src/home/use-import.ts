import { useCallback, useState, type DragEvent } from 'react';
import { documentPath } from '../app/route';
import type { Navigate } from '../app/use-route';
import { newDocId } from './doc-list';
import { importFile } from './import-file';

/** The home page's import: a file (picked or dropped) becomes a new document, which opens. */
export function useImport(navigate: Navigate) {
  const [isBusy, setIsBusy] = useState(false);
  const [isDragging, setIsDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const importOne = useCallback(
    async (file: File) => {
      setProblem(null);
      setIsBusy(true);
      const id = newDocId();
      try {
        await importFile(file, id);
        navigate(documentPath(id));
      } catch (error) {
        setProblem(`Could not import ${file.name}: ${error instanceof Error ? error.message : String(error)}.`);
      } finally {
        setIsBusy(false);
      }
    },
    [navigate],
  );

  /** Handlers for the page: dropping a file anywhere on it imports the file. */
  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (!Array.from(event.dataTransfer.types).includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setIsDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      // Leaving for a child element is not leaving the page.
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      setIsDragging(false);
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      setIsDragging(false);
      void importOne(file);
    },
  };

  return { isBusy, isDragging, problem, dismissProblem: () => setProblem(null), importOne, dropTarget };
}
