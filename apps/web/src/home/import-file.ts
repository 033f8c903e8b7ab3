import { docApiPath, relayFetch } from '../history/api-request';

/** What the relay imports, and the Content-Type of each. */
const IMPORT_TYPES = { markdown: 'text/markdown', html: 'text/html' } as const;

export type ImportKind = keyof typeof IMPORT_TYPES;

/** File types the import button offers (extensions and media types). */
export const IMPORT_ACCEPT = '.md,.markdown,.html,.htm,text/markdown,text/html';

/** Whether a file is Markdown or HTML, by its extension first (browsers rarely know Markdown's type). */
export function importKindOf(file: { readonly name: string; readonly type: string }): ImportKind | null {
  const name = file.name.toLowerCase();
  if (/\.(md|markdown)$/.test(name)) return 'markdown';
  if (/\.html?$/.test(name)) return 'html';
  if (file.type === 'text/markdown') return 'markdown';
  if (file.type === 'text/html') return 'html';
  return null;
}

/** The new document's title: the file name without its extension. */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.(md|markdown|html?)$/i, '')
    .replace(/[_]+/g, ' ')
    .trim()
    .slice(0, 200);
}

/**
 * Imports a Markdown or HTML file as the new document `docId`: the relay converts it with the
 * editor's schema (`PUT …/content`), then the title is set from the file name (`PATCH`).
 */
export async function importFile(file: File, docId: string): Promise<void> {
  const kind = importKindOf(file);
  if (!kind) throw new Error(`${file.name} is not a Markdown (.md) or HTML (.html) file`);
  await relayFetch(docApiPath(docId, '/content'), null, {
    method: 'PUT',
    headers: { 'content-type': `${IMPORT_TYPES[kind]}; charset=utf-8`, accept: 'application/json' },
    body: await file.text(),
  });
  const title = titleFromFileName(file.name);
  if (title) {
    await relayFetch(docApiPath(docId), null, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ title }),
    });
  }
}
