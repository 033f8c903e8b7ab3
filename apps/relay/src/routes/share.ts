import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { Role } from '@tandem/auth-jwt';
import { parseDocName } from '@tandem/protocol';
import { callerOf, isRoleAtLeast, roleOf, type ApiAuth, type ApiEnv } from '../caller';
import { httpErrorBody } from '../http-error';

/** Longest lifetime of a share token: a link is not a substitute for an account. */
export const MAX_SHARE_SECONDS = 90 * 86_400;
/** Shortest lifetime a caller may ask for. */
const MIN_SHARE_SECONDS = 60;

/** A validated share request. */
interface ShareRequest {
  readonly doc: string;
  readonly role: Role;
  readonly expiresInSeconds: number;
}

/** What the share route needs besides the caller. */
export interface ShareRouteDeps {
  readonly auth: ApiAuth | null;
  readonly now: () => number;
  /** Public origin of the relay for this request (`https://docs.example.com`), for the link. */
  readonly originOf: (c: Context<ApiEnv>) => string;
}

/**
 * `POST /api/share {"doc","role","expiresInSeconds"}` → `201 {"token","url","expiresAt"}`: signs
 * a token for one document with at most the caller's own role on it, expiring within 90 days
 * and never after the caller's own token. 403 for more than the caller has; 404 with auth off;
 * 409 when the relay only verifies tokens (public key) and cannot sign.
 */
export function mountShareRoute(app: Hono<ApiEnv>, deps: ShareRouteDeps): void {
  app.post('/api/share', async (c) => {
    if (!deps.auth) return c.json(httpErrorBody(404, 'sharing needs auth: start the relay with TANDEM_AUTH_SECRET'), 404);
    const issuer = deps.auth.issuer;
    if (!issuer) return c.json(httpErrorBody(409, 'this relay verifies tokens it cannot sign (public key): mint share tokens where the private key is'), 409);
    const request = readShareRequest(await c.req.json().catch(() => null));
    if (typeof request === 'string') return c.json(httpErrorBody(400, request), 400);
    const caller = callerOf(c);
    if (!isRoleAtLeast(roleOf(caller, request.doc), request.role)) {
      return c.json(httpErrorBody(403, `your token does not let you ${request.role === 'editor' ? 'edit' : 'open'} this document`), 403);
    }
    const nowMs = deps.now();
    const ownSeconds = caller.kind === 'token' ? Math.floor((caller.expiresAt - nowMs) / 1000) : Infinity;
    const ttlSeconds = Math.min(request.expiresInSeconds, ownSeconds);
    if (ttlSeconds < 1) return c.json(httpErrorBody(403, 'your token is about to expire'), 403);
    const jti = randomUUID();
    const token = await issuer.issue({ sub: `share:${jti}`, docs: { [request.doc]: request.role }, ttlSeconds, jti });
    const url = `${deps.originOf(c)}/d/${encodeURIComponent(request.doc)}?token=${token}`;
    return c.json({ token, url, expiresAt: (Math.floor(nowMs / 1000) + ttlSeconds) * 1000 }, 201);
  });
}

function readShareRequest(body: unknown): ShareRequest | string {
  if (typeof body !== 'object' || body === null) return 'body must be a JSON object';
  const { doc, role, expiresInSeconds } = body as Record<string, unknown>;
  if (typeof doc !== 'string') return 'doc must be a document name';
  const name = parseDocName(encodeURIComponent(doc));
  if (!name.ok) return `doc: ${name.reason}`;
  // Inside a token's docs claim a trailing * is a prefix pattern: it would cover other documents.
  if (doc.endsWith('*')) return 'doc: a name ending in * cannot be shared (a token would read it as a prefix pattern)';
  if (role !== 'viewer' && role !== 'editor') return 'role must be "viewer" or "editor"';
  if (typeof expiresInSeconds !== 'number' || !Number.isInteger(expiresInSeconds) || expiresInSeconds < MIN_SHARE_SECONDS || expiresInSeconds > MAX_SHARE_SECONDS) {
    return `expiresInSeconds must be an integer between ${MIN_SHARE_SECONDS} and ${MAX_SHARE_SECONDS} (90 days)`;
  }
  return { doc, role, expiresInSeconds };
}
