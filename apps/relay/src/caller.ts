import type { Context } from 'hono';
import type { TokenIssuer, TokenVerifier } from '@tandem/auth-jwt';
// From protocol, not auth-jwt's index: that would load jose at start even with auth off.
import { resolveRole, type DocRoles, type Role } from '@tandem/protocol';
import type { UserIdentity } from '@tandem/relay-core';

/**
 * Who is calling the HTTP API, resolved once per request by the auth middleware before any
 * /api route runs. Routes decide per document with {@link roleOf}, the same role resolution
 * the WebSocket authorizer applies.
 */
export type Caller =
  /** Auth is off (loopback without a key): everyone is an editor of everything. */
  | { readonly kind: 'anyone' }
  /** Auth is on and no token came: only public endpoints answer. */
  | { readonly kind: 'anonymous' }
  /** A verified access token. */
  | {
      readonly kind: 'token';
      readonly user: UserIdentity;
      readonly docs: DocRoles;
      /** Milliseconds since the epoch. */
      readonly expiresAt: number;
      readonly jti: string | null;
      /**
       * What a revocation of this token or its user does on `doc` (the relay's revocation
       * list, as for WebSocket sessions); null when none applies.
       */
      readonly revocationOn: (doc: string) => 'close' | 'downgrade' | null;
    }
  /** The admin token (`TANDEM_ADMIN_TOKEN`): every document, and the admin API. */
  | { readonly kind: 'admin' };

/** Token checks of the HTTP API when auth is on. */
export interface ApiAuth {
  readonly verifier: TokenVerifier;
  /** Signs share tokens; null when tokens are verified with a public key the relay cannot sign with. */
  readonly issuer: TokenIssuer | null;
}

/** Hono environment of the API routes: the middleware stores the caller in `caller`. */
export type ApiEnv = { Variables: { caller: Caller } };

/** The caller the auth middleware resolved for this request. */
export function callerOf(c: Context<ApiEnv>): Caller {
  return c.get('caller');
}

/**
 * The caller's role on `doc`, or null when they may not see it at all. A revoked token (or
 * user) loses the document, or keeps only viewing it, exactly as its WebSocket sessions do.
 */
export function roleOf(caller: Caller, doc: string): Role | null {
  switch (caller.kind) {
    case 'anyone':
    case 'admin':
      return 'editor';
    case 'anonymous':
      return null;
    case 'token': {
      const role = resolveRole(caller.docs, doc);
      if (role === null) return null;
      const revocation = caller.revocationOn(doc);
      return revocation === 'close' ? null : revocation === 'downgrade' ? 'viewer' : role;
    }
  }
}

/** True when `role` grants at least what `wanted` needs (an editor may also view). */
export function isRoleAtLeast(role: Role | null, wanted: Role): boolean {
  return role === 'editor' || (role === 'viewer' && wanted === 'viewer');
}
