import type { Context, Hono } from 'hono';
import type { ApiEnv } from './caller';
import { httpErrorBody } from './http-error';
import type { AuthorizeDoc } from './routes/doc-access';
import type { DocRoutesDeps } from './routes/doc-routes-deps';

/** Where the OpenAPI document of the document API is served. */
export const OPENAPI_PATH = '/api/openapi.json';

/** Every path the document API answers (besides {@link OPENAPI_PATH}). */
export const DOC_API_PATHS = '/api/docs/*';

/** The document API, built on its first request. */
export interface LazyDocApi {
  /** Answers one request of the document API; the first one loads it. */
  handle(c: Context<ApiEnv>): Promise<Response>;
}

/** What the lazily built app's requests carry: the outer request, whose middleware resolved the caller. */
interface OuterBinding {
  readonly outer: Context<ApiEnv>;
}

/**
 * Loads the document API — zod and its OpenAPI generator, TipTap/ProseMirror, Markdown and a
 * happy-dom for HTML: ~1.5 MB of JavaScript before happy-dom, most of the relay's start-up
 * time and RSS — on the first request that needs it. A relay serving only WebSocket clients
 * never pays for it. The API stays a separate Hono app, so each request is forwarded with the
 * outer request's context, from which `authorizeDoc` reads the caller.
 */
export function createLazyDocApi(deps: Omit<DocRoutesDeps, 'converter'>): LazyDocApi {
  let loading: Promise<Hono> | null = null;
  const authorizeDoc: AuthorizeDoc = (inner, doc, need) => deps.authorizeDoc((inner.env as OuterBinding).outer, doc, need);
  const load = (): Promise<Hono> => {
    loading ??= Promise.all([import('./routes/doc-api'), import('@tandem/doc-convert/converter')]).then(
      ([{ createDocApi }, { createDocConverter }]) => {
        const api = createDocApi({ ...deps, authorizeDoc, converter: createDocConverter() });
        // The same answer as any other unknown /api path of the outer app.
        api.notFound(() => Response.json(httpErrorBody(404, 'no such endpoint'), { status: 404 }));
        return api as unknown as Hono;
      },
      (error: unknown) => {
        loading = null; // let the next request try again
        throw error;
      },
    );
    return loading;
  };
  return {
    async handle(c) {
      const api = await load();
      const env: OuterBinding = { ...(c.env as object), outer: c };
      return api.fetch(c.req.raw, env);
    },
  };
}
