import { docListUrl, parseDocPage, type DocPage } from './doc-list';

/** The relay answered with an error status (or something that was not the expected answer). */
export class DocApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DocApiError';
  }
}

/** One page of the relay's document list (`GET /api/docs?q=&cursor=`). Network failures reject with a TypeError, as fetch does. */
export async function fetchDocPage(options: { q?: string; cursor?: string | null; signal?: AbortSignal }): Promise<DocPage> {
  const response = await fetch(docListUrl(options), { signal: options.signal, headers: { accept: 'application/json' } });
  return parseDocPage(await readJson(response));
}

/** Renames a document (`PATCH /api/docs/:name {title}`): a forward edit everyone connected sees live. */
export async function renameDoc(name: string, title: string): Promise<void> {
  const response = await fetch(docPath(name), {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authorization(name) },
    body: JSON.stringify({ title }),
  });
  await readJson(response, true);
}

/** Deletes a document on the relay (`DELETE /api/docs/:name`); one already gone counts as deleted. */
export async function deleteDoc(name: string): Promise<void> {
  const response = await fetch(docPath(name), { method: 'DELETE', headers: { accept: 'application/json', ...authorization(name) } });
  if (response.status === 404) return;
  await readJson(response, true);
}

function docPath(name: string): string {
  return `/api/docs/${encodeURIComponent(name)}`;
}

/**
 * A document's access token as a `Bearer` header, when this browser holds one (remembered by
 * `document/access-token.ts` when a link with `?token=` was opened): with auth on, the relay
 * checks the caller's role on that document.
 */
function authorization(name: string): Record<string, string> {
  let token: string | null = null;
  try {
    token = window.localStorage.getItem(`tandem:token:${name}`);
  } catch {
    token = null;
  }
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function readJson(response: Response, isBodyOptional = false): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new DocApiError(response.status, typeof message === 'string' ? message : `the relay answered ${response.status}`);
  }
  if (body === null && !isBodyOptional) throw new DocApiError(response.status, 'the relay sent no JSON');
  return body;
}
