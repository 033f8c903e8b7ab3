/** The pages of the app. */
export type Route = { readonly page: 'home' } | { readonly page: 'document'; readonly docId: string } | { readonly page: 'not-found' };

const DOC_PATH = /^\/d\/([^/]+)\/?$/;

/** The route for a URL path. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = DOC_PATH.exec(pathname);
  if (!match?.[1]) return { page: 'not-found' };
  try {
    return { page: 'document', docId: decodeURIComponent(match[1]) };
  } catch {
    return { page: 'not-found' };
  }
}

/** The URL path of a document. */
export function documentPath(docId: string): string {
  return `/d/${encodeURIComponent(docId)}`;
}
