import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DocStore, Relay } from '@tandem/relay-core';
import { acceptedEncodings } from './accept-encoding';
import { mountAdminRoutes } from './admin-routes';
import { createAuthMiddleware } from './auth-middleware';
import type { ApiAuth, ApiEnv } from './caller';
import type { ProxyTrust } from './client-address';
import { createDocTitles } from './doc-titles';
import { httpErrorBody } from './http-error';
import { createLazyDocApi, DOC_API_PATHS, OPENAPI_PATH } from './lazy-doc-api';
import { createCallerDocAccess, type AuthorizeDoc } from './routes/doc-access';
import { publicOrigin } from './public-origin';
import { mountDocsList } from './routes/docs-list';
import { mountSessionRoute } from './routes/session';
import { mountShareRoute } from './routes/share';
import { createStaticFiles } from './static-files';

/** What the HTTP surface is built from. */
export interface HttpAppDeps {
  readonly relay: Relay;
  readonly store: DocStore;
  /** Directory of the built web app; null serves no UI. */
  readonly webDir: string | null;
  /** Bearer token for the admin API; null disables it. */
  readonly adminToken: string | null;
  /** Token checks when auth is on; null when it is off (everyone edits everything). */
  readonly auth: ApiAuth | null;
  /** Wall clock, ms since the epoch. */
  readonly now: () => number;
  /** Which peers are reverse proxies whose X-Forwarded-* headers are believed. */
  readonly proxyTrust: ProxyTrust;
  readonly onError: (error: unknown) => void;
  /** Who may read or change which document over the document API; default: the middleware's caller and its role. */
  readonly authorizeDoc?: AuthorizeDoc;
  /** Largest Markdown or HTML import (TANDEM_MAX_IMPORT_BYTES). */
  readonly maxImportBytes: number;
  /** Largest Yjs update imported over HTTP: the WebSocket message limit. */
  readonly maxUpdateBytes: number;
  /** The SSE + POST transport (`/sync/<doc>`), for clients whose WebSocket upgrade is blocked. */
  readonly sse?: { mount(app: Hono<ApiEnv>): void };
}

/** Paths of the API that also answer an anonymous caller when auth is on. */
const OPEN_TO_ANONYMOUS: ReadonlySet<string> = new Set(['/api/session', OPENAPI_PATH]);

/**
 * The relay's HTTP API (documents, sharing) and the web app, on one Hono app. The web app's
 * files are public; every /api route sits behind one auth middleware. Health and readiness
 * are answered before this app (health-endpoints.ts), and the app is built on the first
 * other request (relay-server.ts).
 */
export function createHttpApp(deps: HttpAppDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const titles = createDocTitles(deps.store, { now: deps.now });
  const error = (status: ContentfulStatusCode, message: string) =>
    new Response(JSON.stringify(httpErrorBody(status, message)), { status, headers: { 'content-type': 'application/json' } });

  app.use(
    '/api/*',
    createAuthMiddleware({
      auth: deps.auth,
      adminToken: deps.adminToken,
      openToAnonymous: OPEN_TO_ANONYMOUS,
      revocationFor: (doc, grant) => deps.relay.revocationFor(doc, grant),
    }),
  );
  mountSessionRoute(app, deps.auth);
  mountDocsList(app, { store: deps.store, titles });
  mountShareRoute(app, {
    auth: deps.auth,
    now: deps.now,
    originOf: (c) => publicOrigin(c.req.url, getConnInfo(c).remote.address ?? '', { get: (name) => c.req.header(name) }, deps.proxyTrust),
  });

  const { relay, store, maxImportBytes, maxUpdateBytes } = deps;
  const authorizeDoc = deps.authorizeDoc ?? createCallerDocAccess();
  const docApi = createLazyDocApi({ relay, store, authorizeDoc, maxImportBytes, maxUpdateBytes });
  app.all(DOC_API_PATHS, docApi.handle);
  app.get(OPENAPI_PATH, docApi.handle);

  mountAdminRoutes(app, deps.relay, deps.adminToken);

  app.all('/api/*', () => error(404, 'no such endpoint'));
  // Not under /api: its auth is the relay core's, from the Bearer token, as on a WebSocket.
  deps.sse?.mount(app);

  const files = deps.webDir ? createStaticFiles(deps.webDir) : null;
  app.get('*', async (c) => {
    const file = await files?.serve(c.req.path, acceptedEncodings(c.req.header('accept-encoding')));
    if (!file) return error(404, 'not found');
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'content-length': String(file.body.length),
      'cache-control': file.isImmutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (file.contentEncoding) headers['content-encoding'] = file.contentEncoding;
    if (file.variesByEncoding) headers['vary'] = 'Accept-Encoding';
    return c.body(new Uint8Array(file.body), 200, headers);
  });

  app.notFound(() => error(404, 'not found'));
  app.onError((err) => {
    deps.onError(err);
    return error(500, 'internal error');
  });
  return app;
}
