import type { Hono } from 'hono';
import type { Relay, Revocation } from '@tandem/relay-core';
import { callerOf, type ApiEnv } from './caller';
import { httpErrorBody } from './http-error';

/**
 * `POST /api/admin/revoke` with `Authorization: Bearer <admin token>` and a JSON body
 * `{"userId"?: string, "tokenId"?: string, "doc"?: string, "action": "close" | "downgrade"}`:
 * closes or makes read-only every connection of that user, token (`jti`) and/or document at
 * once; a user or token revocation also holds when those tokens reconnect. The auth middleware
 * has already recognised the admin token; document tokens are refused here.
 */
export function mountAdminRoutes(app: Hono<ApiEnv>, relay: Relay, adminToken: string | null): void {
  app.post('/api/admin/revoke', async (c) => {
    if (!adminToken) return c.json(httpErrorBody(404, 'admin API disabled: set TANDEM_ADMIN_TOKEN'), 404);
    if (callerOf(c).kind !== 'admin') return c.json(httpErrorBody(401, 'admin token required'), 401, { 'www-authenticate': 'Bearer' });
    const body: unknown = await c.req.json().catch(() => null);
    const revocation = readRevocation(body);
    if (typeof revocation === 'string') return c.json(httpErrorBody(400, revocation), 400);
    return c.json({ revoked: relay.revoke(revocation) });
  });
}

function readRevocation(body: unknown): Revocation | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object';
  const { userId, tokenId, doc, action } = body as Record<string, unknown>;
  if (action !== 'close' && action !== 'downgrade') return 'action must be "close" or "downgrade"';
  if (userId !== undefined && typeof userId !== 'string') return 'userId must be a string';
  if (tokenId !== undefined && typeof tokenId !== 'string') return 'tokenId must be a string';
  if (doc !== undefined && typeof doc !== 'string') return 'doc must be a string';
  if (userId === undefined && tokenId === undefined && doc === undefined) return 'name a userId, a tokenId, a doc or a combination';
  return { action, ...(userId !== undefined ? { userId } : {}), ...(tokenId !== undefined ? { tokenId } : {}), ...(doc !== undefined ? { doc } : {}) };
}
