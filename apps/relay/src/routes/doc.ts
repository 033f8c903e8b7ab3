import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { writeTitle } from '@tandem/doc-convert/content';
import { httpErrorBody } from '../http-error';
import { DocMetaSchema, DocNameParamsSchema, errorResponses } from './api-schemas';
import type { DocRoutesDeps } from './doc-routes-deps';
import { applyForwardEdit, relayRefusal } from './forward-edit';
import { readDocMeta } from './stored-doc';

/** Longest title accepted, as in the editor's title field. */
export const MAX_TITLE_CHARS = 200;

const getDoc = createRoute({
  method: 'get',
  path: '/api/docs/{name}',
  summary: "A document's metadata",
  description: 'Needs the viewer role.',
  security: [{ bearer: [] }],
  request: { params: DocNameParamsSchema },
  responses: {
    200: { description: '`{name, title, sizeBytes, updatedAt}`', content: { 'application/json': { schema: DocMetaSchema } } },
    ...errorResponses({ 400: 'invalid document name', 401: 'missing or invalid token', 403: 'no access to this document', 404: 'no such document' }),
  },
});

const renameDoc = createRoute({
  method: 'patch',
  path: '/api/docs/{name}',
  summary: 'Rename a document (set its title)',
  description:
    'A forward edit of the shared title: connected clients see the new title at once. Needs the editor role. ' +
    'The title is trimmed of line breaks by the editor; here it must have none.',
  security: [{ bearer: [] }],
  request: {
    params: DocNameParamsSchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ title: z.string().max(MAX_TITLE_CHARS).regex(/^[^\r\n]*$/, 'must be one line') }).strict().openapi('Rename'),
        },
      },
    },
  },
  responses: {
    200: { description: 'the updated metadata', content: { 'application/json': { schema: DocMetaSchema } } },
    ...errorResponses({
      400: 'invalid name or body',
      401: 'missing or invalid token',
      403: 'needs the editor role',
      404: 'no such document',
      409: 'the document is being deleted',
      415: 'Content-Type is not application/json',
      503: 'the relay is overloaded or its store is down',
    }),
  },
});

const deleteDoc = createRoute({
  method: 'delete',
  path: '/api/docs/{name}',
  summary: 'Delete a document',
  description:
    'Live connections are closed with 4410 DOCUMENT_DELETED (stock y-websocket clients do not reconnect on 44xx, so none ' +
    're-uploads it), then the document is removed. With several relays, their connections to it are closed too. Needs the editor role.',
  security: [{ bearer: [] }],
  request: { params: DocNameParamsSchema },
  responses: {
    204: { description: 'deleted' },
    ...errorResponses({ 400: 'invalid document name', 401: 'missing or invalid token', 403: 'needs the editor role', 404: 'no such document' }),
  },
});

/** `GET`, `PATCH` and `DELETE /api/docs/{name}`: one document's metadata, title and existence. */
export function mountDocRoutes(api: OpenAPIHono, deps: DocRoutesDeps): void {
  api.openapi(getDoc, async (c) => {
    const { name } = c.req.valid('param');
    const access = await deps.authorizeDoc(c, name, 'read');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const meta = await readDocMeta(deps.store, name);
    if (!meta) return c.json(httpErrorBody(404, 'no such document'), 404);
    return c.json(meta, 200);
  });

  api.openapi(renameDoc, async (c) => {
    const { name } = c.req.valid('param');
    const { title } = c.req.valid('json');
    const access = await deps.authorizeDoc(c, name, 'write');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    if (!(await readDocMeta(deps.store, name))) return c.json(httpErrorBody(404, 'no such document'), 404);
    try {
      await applyForwardEdit(deps, name, { action: 'rename', userId: access.userId }, (doc) => writeTitle(doc, title));
    } catch (error) {
      const refusal = relayRefusal(error);
      if (!refusal || refusal.status === 400) throw error;
      return c.json(httpErrorBody(refusal.status, refusal.message), refusal.status);
    }
    const meta = await readDocMeta(deps.store, name);
    if (!meta) return c.json(httpErrorBody(404, 'no such document'), 404);
    return c.json(meta, 200);
  });

  api.openapi(deleteDoc, async (c) => {
    const { name } = c.req.valid('param');
    const access = await deps.authorizeDoc(c, name, 'write');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const { wasStored, closedSessions } = await deps.relay.deleteDocument(name);
    if (!wasStored && closedSessions === 0) return c.json(httpErrorBody(404, 'no such document'), 404);
    return c.body(null, 204);
  });
}
