import type { RequestListener } from 'node:http';
import { httpErrorBody } from './http-error';

/**
 * A `node:http` request listener that is built on the first request it gets, so what it is made
 * of is loaded only then. Requests that arrive while it loads wait for it (their bodies stay
 * unread, and so buffered); a failed load answers 500 and is retried by the next request.
 */
export function createLazyRequestListener(load: () => Promise<RequestListener>, onError: (error: unknown) => void): RequestListener {
  let listener: RequestListener | null = null;
  let loading: Promise<RequestListener> | null = null;
  return (request, response) => {
    if (listener) return listener(request, response);
    loading ??= load().then(
      (loaded) => (listener = loaded),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    loading.then(
      (loaded) => loaded(request, response),
      (error: unknown) => {
        onError(error);
        if (response.headersSent) return void response.destroy();
        const body = JSON.stringify(httpErrorBody(500, 'internal error'));
        response.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      },
    );
  };
}
