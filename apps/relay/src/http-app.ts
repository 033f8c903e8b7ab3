import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DocStore, FanOut, Relay } from '@tandem/relay-core';
import { mountAdminRoutes } from './admin-routes';
import { createDocTitles } from './doc-titles';
import { httpErrorBody } from './http-error';
import { createLazyDocConverter } from './lazy-doc-converter';
import { createDocApi } from './routes/doc-api';
import type { AuthorizeDoc } from './routes/doc-access';
import { createStaticFiles } from './static-files';

/** What the HTTP surface is built from. */
export interface HttpAppDeps {
  readonly relay: Relay;
  readonly store: DocStore;
  /** The link to other relays, when there is one: /readyz reports its state. */
  readonly fanOut?: FanOut;
  /** Directory of the built web app; null serves no UI. */
  readonly webDir: string | null;
  /** Bearer token for the admin API; null disables it. */
  readonly adminToken: string | null;
  readonly onError: (error: unknown) => void;
  /** Who may read or change which document over the document API. */
  readonly authorizeDoc: AuthorizeDoc;
  /** Largest Markdown or HTML import (TANDEM_MAX_IMPORT_BYTES). */
  readonly maxImportBytes: number;
  /** Largest Yjs update imported over HTTP: the WebSocket message limit. */
  readonly maxUpdateBytes: number;
}

/** The relay's HTTP API (health, readiness, documents) and the web app, on one Hono app. */
export function createHttpApp(deps: HttpAppDeps): Hono {
  const app = new Hono();
  const titles = createDocTitles(deps.store);
  const error = (status: ContentfulStatusCode, message: string) =>
    new Response(JSON.stringify(httpErrorBody(status, message)), { status, headers: { 'content-type': 'application/json' } });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/readyz', async (c) => {
    if (!deps.relay.isAccepting) return error(503, 'draining');
    try {
      await deps.store.ping();
    } catch {
      return error(503, 'store unreachable');
    }
    // Fan-out down is degraded, not unready: this relay still serves its clients correctly
    // and catches up once Redis is back, and a 503 would pull every relay out of the load
    // balancer at once when the one Redis they share goes down.
    const fanOut = deps.fanOut?.status;
    if (fanOut === undefined) return c.json({ status: 'ready' });
    return c.json({ status: fanOut === 'live' ? 'ready' : 'degraded', fanOut: fanOut === 'live' ? 'live' : 'down' });
  });

  app.get('/api/docs', async (c) => c.json({ docs: await titles.list() }));

  const { relay, store, authorizeDoc, maxImportBytes, maxUpdateBytes } = deps;
  const conversion = createLazyDocConverter();
  app.use('/api/docs/*', async (_c, next) => {
    await conversion.load();
    await next();
  });
  app.route('/', createDocApi({ relay, store, authorizeDoc, maxImportBytes, maxUpdateBytes, converter: conversion.converter }));

  mountAdminRoutes(app, deps.relay, deps.adminToken);

  app.all('/api/*', () => error(404, 'no such endpoint'));

  const files = deps.webDir ? createStaticFiles(deps.webDir) : null;
  app.get('*', async (c) => {
    const file = await files?.serve(c.req.path);
    if (!file) return error(404, 'not found');
    return c.body(new Uint8Array(file.body), 200, {
      'content-type': file.contentType,
      'cache-control': file.isImmutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });

  app.notFound(() => error(404, 'not found'));
  app.onError((err) => {
    deps.onError(err);
    return error(500, 'internal error');
  });
  return app;
}
