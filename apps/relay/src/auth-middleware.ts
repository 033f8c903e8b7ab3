import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Grant } from '@tandem/relay-core';
import type { ApiAuth, ApiEnv, Caller } from './caller';
import { httpErrorBody } from './http-error';

/** What the auth middleware checks against. */
export interface AuthMiddlewareOptions {
  /** Null when auth is off: every caller is then an editor of everything. */
  readonly auth: ApiAuth | null;
  /** `TANDEM_ADMIN_TOKEN`, or null when the admin API is disabled. */
  readonly adminToken: string | null;
  /** Paths that also answer an anonymous caller when auth is on (e.g. `/api/session`). */
  readonly openToAnonymous: ReadonlySet<string>;
  /** The relay's revocation list (`Relay.revocationFor`): revoked tokens lose HTTP access too. */
  readonly revocationFor: (doc: string, grant: Grant) => 'close' | 'downgrade' | null;
}

/**
 * Resolves `Authorization: Bearer <token>` to a {@link Caller} before any /api route runs, so
 * no route can forget a check. With auth on, a missing token is 401 everywhere but the open
 * paths, and a bad or expired token is 401 everywhere.
 */
export function createAuthMiddleware(options: AuthMiddlewareOptions): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const resolved = await resolveCaller(c.req.header('authorization'), options);
    if (!resolved.ok) return unauthorized(resolved.message);
    if (resolved.caller.kind === 'anonymous' && !options.openToAnonymous.has(c.req.path)) {
      return unauthorized('a token is required: send Authorization: Bearer <token>');
    }
    c.set('caller', resolved.caller);
    await next();
  };
}

type Resolved = { readonly ok: true; readonly caller: Caller } | { readonly ok: false; readonly message: string };

async function resolveCaller(header: string | undefined, options: AuthMiddlewareOptions): Promise<Resolved> {
  const bearer = header === undefined ? null : /^Bearer +(\S+)\s*$/i.exec(header)?.[1] ?? '';
  if (bearer && options.adminToken && isSameSecret(bearer, options.adminToken)) return { ok: true, caller: { kind: 'admin' } };
  if (!options.auth) return { ok: true, caller: { kind: 'anyone' } };
  if (bearer === null) return { ok: true, caller: { kind: 'anonymous' } };
  if (bearer === '') return { ok: false, message: 'the Authorization header must be Bearer <token>' };
  const verified = await options.auth.verifier.verify(bearer);
  if (!verified.ok) return { ok: false, message: verified.detail };
  const { claims, expiresAt, jti, issuedAt } = verified.token;
  const user = { id: claims.sub, ...(claims.name ? { name: claims.name } : {}), ...(claims.color ? { color: claims.color } : {}) };
  const grant: Grant = { access: 'write', user, expiresAt, tokenId: jti, issuedAt };
  const revocationOn = (doc: string) => options.revocationFor(doc, grant);
  return { ok: true, caller: { kind: 'token', user, docs: claims.docs, expiresAt, jti, revocationOn } };
}

/** Constant-time comparison, so the admin token cannot be guessed byte by byte from timings. */
function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function unauthorized(message: string): Response {
  return new Response(JSON.stringify(httpErrorBody(401, message)), {
    status: 401,
    headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
  });
}
