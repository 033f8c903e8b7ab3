/** The relay answered with an error status, or with something that is not the expected answer. */
export class RelayApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RelayApiError';
  }
}

/** `/api/docs/<name>` with the name encoded, plus `rest` (already encoded). */
export function docApiPath(docName: string, rest = ''): string {
  return `/api/docs/${encodeURIComponent(docName)}${rest}`;
}

/**
 * Fetches a relay API route with the document's access token as `Authorization: Bearer` when the
 * page has one (with auth on, the relay checks the caller's role on that document), and turns an
 * error status into a `RelayApiError` carrying the relay's message.
 */
export async function relayFetch(path: string, token: string | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new RelayApiError(response.status, typeof message === 'string' ? message : `the relay answered ${response.status}`);
  }
  return response;
}
