import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelayApiError, docApiPath, relayFetch } from './api-request';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Records the request and answers with `response`. */
function answer(response: Response) {
  const seen: Array<{ url: string; headers: Headers }> = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    seen.push({ url, headers: new Headers(init.headers) });
    return response;
  });
  return seen;
}

describe('relayFetch', () => {
  it('sends the page’s access token as a bearer header, and none without one', async () => {
    const seen = answer(new Response('ok'));
    await relayFetch(docApiPath('a/b c', '/content?format=markdown'), 'tok-1', { headers: { accept: 'text/markdown' } });
    await relayFetch(docApiPath('x'), null);
    expect(seen[0]?.url).toBe('/api/docs/a%2Fb%20c/content?format=markdown');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer tok-1');
    expect(seen[0]?.headers.get('accept')).toBe('text/markdown');
    expect(seen[1]?.headers.has('authorization')).toBe(false);
  });

  it('turns an error status into an error with the relay’s message', async () => {
    answer(new Response(JSON.stringify({ error: { message: 'body over 1024 bytes' } }), { status: 413 }));
    const error = await relayFetch('/api/docs/x/content', null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RelayApiError);
    expect(error).toMatchObject({ status: 413, message: 'body over 1024 bytes' });
  });
});
