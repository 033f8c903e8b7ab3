/**
 * The access token for a document on a relay with auth. Links carry it as `?token=`
 * (`/d/<doc>?token=…`, as `tandem-relay token` prints them); it is remembered per document so
 * the home page's plain links and reloads keep working, and put back into the address bar so
 * "Share" hands on the same access.
 */
export function accessTokenFor(
  docId: string,
  location: Pick<Location, 'search' | 'pathname' | 'hash'> = window.location,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage(),
  replaceUrl: (url: string) => void = (url) => window.history.replaceState(window.history.state, '', url),
): string | null {
  const key = `tandem:token:${docId}`;
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      storage?.setItem(key, fromUrl);
    } catch {
      // Still usable for this visit.
    }
    return fromUrl;
  }
  let stored: string | null = null;
  try {
    stored = storage?.getItem(key) ?? null;
  } catch {
    stored = null;
  }
  if (stored) {
    params.set('token', stored);
    replaceUrl(`${location.pathname}?${params.toString()}${location.hash}`);
  }
  return stored;
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
