import { docApiPath, relayFetch } from './api-request';

/** The formats the document menu exports, with the file extension each download gets. */
export const EXPORT_CHOICES = [
  { format: 'markdown', label: 'Markdown', extension: 'md' },
  { format: 'html', label: 'HTML', extension: 'html' },
  { format: 'json', label: 'JSON', extension: 'json' },
] as const;

export type ExportChoice = (typeof EXPORT_CHOICES)[number];

/**
 * Downloads the document as rendered by the relay (`GET …/content?format=`), through a Blob so
 * the request can carry the access token; the file is named after the title.
 */
export async function downloadExport(docName: string, token: string | null, title: string, choice: ExportChoice): Promise<void> {
  const response = await relayFetch(docApiPath(docName, `/content?format=${choice.format}`), token);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${exportFileStem(title, docName)}.${choice.extension}`;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has started the download; the browser keeps the data it needs.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A file name from the title (or the document name): no path separators or control characters. */
export function exportFileStem(title: string, docName: string): string {
  const cleaned = (title.trim() || docName)
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned || 'document';
}
