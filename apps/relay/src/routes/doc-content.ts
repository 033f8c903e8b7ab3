import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import * as Y from 'yjs';
import {
  EXPORT_FORMATS,
  FORMAT_MEDIA_TYPES,
  IMPORT_FORMATS,
  InvalidContentError,
  importFormatOf,
  readBody,
  writeBody,
  type DocConverter,
  type ExportFormat,
  type ImportFormat,
} from '@tandem/doc-convert/content';
import { httpErrorBody } from '../http-error';
import { DocMetaSchema, DocNameParamsSchema, errorResponses, exportFormatQuery, TEXT_SCHEMA } from './api-schemas';
import type { DocRoutesDeps } from './doc-routes-deps';
import { applyForwardEdit, applyRawUpdate, relayRefusal } from './forward-edit';
import { readBodyWithLimit } from './request-body';
import { loadStoredDoc, readDocMeta } from './stored-doc';

const BINARY_SCHEMA = z.string().openapi({ format: 'binary' });
const PM_JSON_SCHEMA = z.object({ type: z.literal('doc'), content: z.array(z.unknown()) }).passthrough().openapi('ProseMirrorDoc');
const IMPORT_MEDIA_TYPES = IMPORT_FORMATS.map((format) => FORMAT_MEDIA_TYPES[format]);

/**
 * Exported responses are documents people wrote: never let a browser run or sniff them, even
 * when someone opens an HTML export on the relay's own origin.
 */
const EXPORT_HEADERS = { 'x-content-type-options': 'nosniff', 'content-security-policy': "sandbox; default-src 'none'" } as const;

const getContent = createRoute({
  method: 'get',
  path: '/api/docs/{name}/content',
  summary: "Export a document's content",
  description:
    'The body as Markdown (`@tiptap/markdown`), HTML, ProseMirror JSON or plain text, all in the editor schema; or `yjs`, ' +
    'the whole document (body and title) as one Yjs V1 update. Needs the viewer role.',
  security: [{ bearer: [] }],
  request: {
    params: DocNameParamsSchema,
    query: exportFormatQuery('markdown'),
  },
  responses: {
    200: {
      description: 'the content in the asked format',
      content: {
        'text/markdown': { schema: TEXT_SCHEMA },
        'text/html': { schema: TEXT_SCHEMA },
        'application/json': { schema: PM_JSON_SCHEMA },
        'text/plain': { schema: TEXT_SCHEMA },
        'application/octet-stream': { schema: BINARY_SCHEMA },
      },
    },
    ...errorResponses({ 400: 'invalid name or unknown format (the message lists the formats)', 401: 'missing or invalid token', 403: 'no access to this document', 404: 'no such document' }),
  },
});

function putContentRoute(maxImportBytes: number, maxUpdateBytes: number) {
  return createRoute({
    method: 'put',
    path: '/api/docs/{name}/content',
    summary: "Replace a document's content (import)",
    description:
      'Markdown or HTML replaces the body (the title is kept) as a forward edit: only what differs is changed, in one update ' +
      'that is stored and sent to every connected client at once, and that clients can undo. A Yjs V1 update is applied as ' +
      `it is. Creates the document if it does not exist. Markdown and HTML may be at most ${maxImportBytes} bytes ` +
      `(TANDEM_MAX_IMPORT_BYTES), a Yjs update at most ${maxUpdateBytes} bytes (TANDEM_MAX_MESSAGE_BYTES). Needs the editor role.`,
    security: [{ bearer: [] }],
    request: {
      params: DocNameParamsSchema,
      body: {
        required: true,
        content: {
          'text/markdown': { schema: TEXT_SCHEMA },
          'text/html': { schema: TEXT_SCHEMA },
          'application/octet-stream': { schema: BINARY_SCHEMA },
        },
      },
    },
    responses: {
      200: { description: 'the document was updated', content: { 'application/json': { schema: DocMetaSchema } } },
      201: { description: 'the document was created', content: { 'application/json': { schema: DocMetaSchema } } },
      ...errorResponses({
        400: 'invalid name, body that is not UTF-8, or a Yjs update that does not decode (nothing is stored)',
        401: 'missing or invalid token',
        403: 'needs the editor role',
        409: 'the document is being deleted',
        413: `body over the limit (TANDEM_MAX_IMPORT_BYTES = ${maxImportBytes}, or TANDEM_MAX_MESSAGE_BYTES = ${maxUpdateBytes} for Yjs)`,
        415: `Content-Type is not one of ${IMPORT_MEDIA_TYPES.join(', ')}`,
        503: 'the relay is overloaded or its store is down',
      }),
    },
  });
}

/** `GET` and `PUT /api/docs/{name}/content`: export and import. */
export function mountDocContentRoutes(api: OpenAPIHono, deps: DocRoutesDeps): void {
  api.openapi(getContent, async (c) => {
    const { name } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const access = await deps.authorizeDoc(c, name, 'read');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const doc = await loadStoredDoc(deps.store, name);
    if (!doc) return c.json(httpErrorBody(404, 'no such document'), 404);
    try {
      return exportResponse(c, doc, format, deps.converter);
    } finally {
      doc.destroy();
    }
  });

  api.openapi(putContentRoute(deps.maxImportBytes, deps.maxUpdateBytes), async (c) => {
    const { name } = c.req.valid('param');
    const access = await deps.authorizeDoc(c, name, 'write');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const format = importFormatOf(c.req.header('content-type'));
    if (!format) return c.json(httpErrorBody(415, `Content-Type must be one of ${IMPORT_MEDIA_TYPES.join(', ')}`), 415);
    const limit = format === 'yjs' ? deps.maxUpdateBytes : deps.maxImportBytes;
    const body = await readBodyWithLimit(c.req.raw, limit);
    if (body === 'too-large') {
      const option = format === 'yjs' ? 'TANDEM_MAX_MESSAGE_BYTES' : 'TANDEM_MAX_IMPORT_BYTES';
      return c.json(httpErrorBody(413, `body over ${limit} bytes (${option})`), 413);
    }
    const edit = format === 'yjs' ? null : toEdit(format, body, deps.converter);
    if (typeof edit === 'string') return c.json(httpErrorBody(400, edit), 400);
    const origin = { action: 'import', userId: access.userId };
    let existed: boolean;
    try {
      ({ existed } = edit ? await applyForwardEdit(deps, name, origin, edit) : await applyRawUpdate(deps, name, origin, body));
    } catch (error) {
      const refusal = relayRefusal(error);
      if (!refusal) throw error;
      return c.json(httpErrorBody(refusal.status, refusal.message), refusal.status);
    }
    const meta = await readDocMeta(deps.store, name);
    if (!meta && format === 'yjs') return c.json(httpErrorBody(400, 'the update is empty: nothing was stored'), 400);
    if (!meta) return c.json(httpErrorBody(409, 'the document was deleted meanwhile'), 409);
    return existed ? c.json(meta, 200) : c.json(meta, 201);
  });
}

function exportResponse(c: Context, doc: Y.Doc, format: ExportFormat, converter: DocConverter): Response {
  const headers = { ...EXPORT_HEADERS, 'content-type': `${FORMAT_MEDIA_TYPES[format]}${format === 'yjs' ? '' : '; charset=utf-8'}` };
  if (format === 'yjs') return c.body(new Uint8Array(Y.encodeStateAsUpdate(doc)), 200, headers);
  const body = readBody(doc, converter.schema);
  switch (format) {
    case 'markdown':
      return c.body(converter.toMarkdown(body), 200, headers);
    case 'html':
      return c.body(converter.toHtml(body), 200, headers);
    case 'json':
      return c.body(JSON.stringify(converter.toJson(body)), 200, headers);
    case 'text':
      return c.body(converter.toText(body), 200, headers);
  }
}

/** The change a Markdown or HTML import makes to a copy of the document, or why the body cannot be one. */
function toEdit(format: Exclude<ImportFormat, 'yjs'>, body: Uint8Array, converter: DocConverter): ((doc: Y.Doc) => void) | string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return 'the body is not valid UTF-8';
  }
  try {
    const content = format === 'markdown' ? converter.fromMarkdown(text) : converter.fromHtml(text);
    return (doc) => writeBody(doc, content);
  } catch (error) {
    if (error instanceof InvalidContentError) return `the ${format} does not fit the editor's schema: ${error.message}`;
    throw error;
  }
}
