import { z, type Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
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
