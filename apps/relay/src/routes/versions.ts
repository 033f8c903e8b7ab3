import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import * as Y from 'yjs';
import { EXPORT_FORMATS, FORMAT_MEDIA_TYPES, readBody, readTitle, writeBody, writeTitle, type DocConverter, type ExportFormat } from '@tandem/doc-convert/content';
import type { VersionInfo } from '@tandem/relay-core';
import { httpErrorBody } from '../http-error';
import { DocMetaSchema, DocNameParamsSchema, errorResponses, exportFormatQuery, TEXT_SCHEMA } from './api-schemas';
import type { DocRoutesDeps } from './doc-routes-deps';
import { applyForwardEdit, relayRefusal } from './forward-edit';
import { loadStoredDoc, readDocMeta } from './stored-doc';
import { diffText, diffTexts, docFromSnapshot, versionJson } from './version-content';

/** Longest version name, as the title. */
export const MAX_VERSION_NAME_CHARS = 200;

const VersionSchema = z
  .object({
    id: z.string(),
    createdAt: z.number().int().openapi({ description: 'Milliseconds since the epoch.' }),
    name: z.string().nullable().openapi({ description: 'The name a person gave it; null for automatic versions.' }),
    kind: z.enum(['auto', 'named']),
    authors: z.array(z.object({ id: z.string(), name: z.string() })).openapi({
      description: 'Who changed the document since the previous version: token `sub`/`name` with auth on, otherwise the presence name.',
    }),
    sizeBytes: z.number().int().openapi({ description: 'Bytes of the stored snapshot.' }),
  })
  .openapi('Version');

const VersionParamsSchema = DocNameParamsSchema.extend({
  id: z.string().max(64).openapi({ param: { name: 'id', in: 'path' }, example: '42' }),
});

const ChangeSchema = z.object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string() }).openapi('TextChange');

const listVersions = createRoute({
  method: 'get',
  path: '/api/docs/{name}/versions',
  summary: "A document's versions, newest first",
  description: 'Automatic versions (recorded after editing pauses) and named ones. Needs the viewer role.',
  security: [{ bearer: [] }],
  request: { params: DocNameParamsSchema },
  responses: {
    200: { description: '`{versions: [...]}`', content: { 'application/json': { schema: z.object({ versions: z.array(VersionSchema) }) } } },
    ...errorResponses({ 400: 'invalid document name', 401: 'missing or invalid token', 403: 'no access to this document', 404: 'no such document' }),
  },
});

const nameVersion = createRoute({
  method: 'post',
  path: '/api/docs/{name}/versions',
  summary: 'Name the current state as a version',
  description: 'Stores the whole current document as a named version (never thinned by retention). Needs the editor role.',
  security: [{ bearer: [] }],
  request: {
    params: DocNameParamsSchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({ name: z.string().trim().min(1).max(MAX_VERSION_NAME_CHARS).regex(/^[^\p{Cc}]*$/u, 'must not contain control characters') })
            .strict()
            .openapi('NameVersion'),
        },
      },
    },
  },
  responses: {
    201: { description: 'the new version', content: { 'application/json': { schema: VersionSchema } } },
    ...errorResponses({
      400: 'invalid name or body',
      401: 'missing or invalid token',
      403: 'needs the editor role',
      404: 'no such document',
      415: 'Content-Type is not application/json',
    }),
  },
});

const getVersion = createRoute({
  method: 'get',
  path: '/api/docs/{name}/versions/{id}',
  summary: "A version's content",
  description:
    'Rendered from the stored snapshot, without loading the live document: the body as ProseMirror JSON (with the ' +
    "version's `title` beside `type` and `content`), Markdown, HTML or text; or `yjs`, the snapshot as one Yjs V1 update. " +
    'Needs the viewer role.',
  security: [{ bearer: [] }],
  request: {
    params: VersionParamsSchema,
    query: exportFormatQuery('json'),
  },
  responses: {
    200: {
      description: 'the content in the asked format',
      content: {
        'application/json': { schema: z.object({ type: z.literal('doc'), content: z.array(z.unknown()), title: z.string() }).passthrough() },
        'text/markdown': { schema: TEXT_SCHEMA },
        'text/html': { schema: TEXT_SCHEMA },
        'text/plain': { schema: TEXT_SCHEMA },
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...errorResponses({ 400: 'invalid name or unknown format (the message lists the formats)', 401: 'missing or invalid token', 403: 'no access to this document', 404: 'no such document or version' }),
  },
});

const diffVersion = createRoute({
  method: 'get',
  path: '/api/docs/{name}/versions/{id}/diff',
  summary: 'What changed from a version to now (or to another version)',
  description:
    'A word-level diff of the plain text of the two bodies, blocks separated by "\\n": `insert` is text only in `against`, ' +
    '`delete` text only in the version; `equal` + `delete` spell the version, `equal` + `insert` spell `against`. Needs the viewer role.',
  security: [{ bearer: [] }],
  request: {
    params: VersionParamsSchema,
    query: z.object({
      against: z.string().max(64).default('current').openapi({ param: { name: 'against', in: 'query' }, description: '`current` (default) or another version id.' }),
    }),
  },
  responses: {
    200: { description: '`{changes: [...]}`', content: { 'application/json': { schema: z.object({ changes: z.array(ChangeSchema) }) } } },
    ...errorResponses({ 400: 'invalid name', 401: 'missing or invalid token', 403: 'no access to this document', 404: 'no such document or version' }),
  },
});

const restoreVersion = createRoute({
  method: 'post',
  path: '/api/docs/{name}/versions/{id}/restore',
  summary: 'Restore a version',
  description:
    "A forward edit: the body and title become the version's, in one update that is stored and sent to every connected " +
    'client, which they can undo; nothing in the history is rewritten. Edits not yet in any version are first recorded as ' +
    'an automatic version, so the replaced state stays in the history. Needs the editor role.',
  security: [{ bearer: [] }],
  request: { params: VersionParamsSchema },
  responses: {
    200: { description: 'the restored document', content: { 'application/json': { schema: DocMetaSchema } } },
    ...errorResponses({
      400: 'invalid name',
      401: 'missing or invalid token',
      403: 'needs the editor role',
      404: 'no such document or version',
      409: 'the document is being deleted',
      503: 'the relay is overloaded or its store is down',
    }),
  },
});

/** The version routes: list, name, read, diff, restore. */
export function mountVersionRoutes(api: OpenAPIHono, deps: DocRoutesDeps): void {
  const { store, converter } = deps;
  const notFound = (c: Context, what = 'no such document') => c.json(httpErrorBody(404, what), 404);

  api.openapi(listVersions, async (c) => {
    const { name } = c.req.valid('param');
    const access = await deps.authorizeDoc(c, name, 'read');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const versions = await store.listVersions(name);
    // No versions: tell an unknown document from one not versioned yet.
    if (versions.length === 0 && !(await store.load(name))) return notFound(c);
    return c.json({ versions: versions.map(toJson) }, 200);
  });

  api.openapi(nameVersion, async (c) => {
    const { name } = c.req.valid('param');
    const body = c.req.valid('json');
    const access = await deps.authorizeDoc(c, name, 'write');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const saved = await deps.relay.saveVersion(name, body.name);
    if (!saved) return notFound(c);
    return c.json(toJson(saved), 201);
  });

  api.openapi(getVersion, async (c) => {
    const { name, id } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const access = await deps.authorizeDoc(c, name, 'read');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const version = await store.loadVersion(name, id);
    if (!version) return notFound(c, 'no such version');
    if (format === 'yjs') return c.body(new Uint8Array(version.snapshot), 200, { 'content-type': FORMAT_MEDIA_TYPES.yjs });
    const doc = docFromSnapshot(version.snapshot);
    try {
      return c.body(render(doc, format, converter), 200, { 'content-type': `${FORMAT_MEDIA_TYPES[format]}; charset=utf-8`, 'x-content-type-options': 'nosniff', 'content-security-policy': "sandbox; default-src 'none'" });
    } finally {
      doc.destroy();
    }
  });

  api.openapi(diffVersion, async (c) => {
    const { name, id } = c.req.valid('param');
    const { against } = c.req.valid('query');
    const access = await deps.authorizeDoc(c, name, 'read');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const version = await store.loadVersion(name, id);
    if (!version) return notFound(c, 'no such version');
    const other = against === 'current' ? await loadStoredDoc(store, name) : await loadVersionDoc(deps, name, against);
    if (!other) return notFound(c, against === 'current' ? 'no such document' : 'no such version to compare against');
    const doc = docFromSnapshot(version.snapshot);
    try {
      return c.json({ changes: diffTexts(diffText(doc, converter), diffText(other, converter)) }, 200);
    } finally {
      doc.destroy();
      other.destroy();
    }
  });

  api.openapi(restoreVersion, async (c) => {
    const { name, id } = c.req.valid('param');
    const access = await deps.authorizeDoc(c, name, 'write');
    if (!access.ok) return c.json(httpErrorBody(access.status, access.message), access.status);
    const version = await store.loadVersion(name, id);
    if (!version) return notFound(c, 'no such version');
    const source = docFromSnapshot(version.snapshot);
    try {
      const body = readBody(source, converter.schema);
      const title = readTitle(source);
      // The state being replaced becomes a version first, unless one already holds it.
      await deps.relay.recordPendingVersion(name);
      const origin = { action: 'restore', userId: access.userId, userName: access.userName };
      await applyForwardEdit(deps, name, origin, (doc) => {
        writeBody(doc, body);
        writeTitle(doc, title);
      });
    } catch (error) {
      const refusal = relayRefusal(error);
      if (!refusal || refusal.status === 400) throw error;
      return c.json(httpErrorBody(refusal.status, refusal.message), refusal.status);
    } finally {
      source.destroy();
    }
    const meta = await readDocMeta(store, name);
    if (!meta) return notFound(c);
    return c.json(meta, 200);
  });
}

async function loadVersionDoc(deps: DocRoutesDeps, name: string, id: string): Promise<Y.Doc | null> {
  const version = await deps.store.loadVersion(name, id);
  return version ? docFromSnapshot(version.snapshot) : null;
}

function render(doc: Y.Doc, format: Exclude<ExportFormat, 'yjs'>, converter: DocConverter): string {
  switch (format) {
    case 'json':
      return JSON.stringify(versionJson(doc, converter));
    case 'markdown':
      return converter.toMarkdown(readBody(doc, converter.schema));
    case 'html':
      return converter.toHtml(readBody(doc, converter.schema));
    case 'text':
      return converter.toText(readBody(doc, converter.schema));
  }
}

/** A version as the API shows it (a fresh object: the store's may carry more). */
function toJson(version: VersionInfo) {
  const { id, createdAt, name, kind, authors, sizeBytes } = version;
  return { id, createdAt, name, kind, authors: authors.map((author) => ({ id: author.id, name: author.name })), sizeBytes };
}
