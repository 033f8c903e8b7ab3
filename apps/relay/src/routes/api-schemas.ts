import { z, type Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { EXPORT_FORMATS, type ExportFormat } from '@tandem/doc-convert/content';
import { parseDocName } from '@tandem/protocol';
import { httpErrorBody } from '../http-error';

/** `{"error":{"status","message"}}`, the body of every error. */
export const ErrorSchema = z
  .object({ error: z.object({ status: z.number().int(), message: z.string() }) })
  .openapi('Error', { example: { error: { status: 404, message: 'no such document' } } });

/** A document's listing entry. */
export const DocMetaSchema = z
  .object({
    name: z.string(),
    title: z.string().nullable().openapi({ description: 'The shared title; null when empty.' }),
    sizeBytes: z.number().int().openapi({ description: 'Bytes stored (snapshot plus update log).' }),
    updatedAt: z.number().int().openapi({ description: 'Milliseconds since the epoch of the last stored change.' }),
  })
  .openapi('DocMeta');

/** The `{name}` path parameter: the same rules as the WebSocket path (URL-encode `/` as `%2F`). */
export const DocNameParamsSchema = z.object({
  name: z
    .string()
    .refine((name) => parseDocName(encodeURIComponent(name)).ok, { message: 'not a valid document name (1–255 bytes, no control characters)' })
    .openapi({ param: { name: 'name', in: 'path' }, example: 'team-notes' }),
});

/** The body of a text export (Markdown, HTML or plain text). */
export const TEXT_SCHEMA = z.string();

/** The `?format=` query of the export routes (document content and versions), with its default. */
export function exportFormatQuery(defaultFormat: ExportFormat) {
  return z.object({
    format: z
      .enum(EXPORT_FORMATS, { error: () => `must be one of ${EXPORT_FORMATS.join(', ')}` })
      .default(defaultFormat)
      .openapi({ param: { name: 'format', in: 'query' }, description: `Defaults to ${defaultFormat}.` }),
  });
}

/** The error responses every document route may give. */
export function errorResponses<const S extends number>(statuses: Record<S, string>) {
  const responses = {} as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
  for (const [status, description] of Object.entries(statuses) as [string, string][]) {
    responses[Number(status) as S] = { description, content: { 'application/json': { schema: ErrorSchema } } };
  }
  return responses;
}

/** Turns a failed request validation into a 400 that names each field and what is wrong. */
export const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return;
  const message = result.error.issues.map((issue) => `${issue.path.join('.') || result.target}: ${issue.message}`).join('; ');
  return c.json(httpErrorBody(400, message), 400);
};
