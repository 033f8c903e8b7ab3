import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthResult, Authorizer } from '@tandem/relay-core';
import { resolveRole } from './doc-roles';
import { readClaims } from './token-claims';
import type { VerificationKey } from './verification-key';

/**
 * An Authorizer for JWTs: verifies signature and `exp`, then maps the `docs` claim to access.
 * Failures are values (4401 for bad tokens, 4403 for no access), never exceptions.
 */
export function createJwtAuthorizer(verification: VerificationKey, options: { now?: () => number } = {}): Authorizer {
  const now = options.now ?? Date.now;
  return {
    async authorize({ doc, credentials }): Promise<AuthResult> {
      if (!credentials.token) return { ok: false, failure: 'unauthenticated', detail: 'no token' };
      let payload: Record<string, unknown>;
      try {
        const verified = await jwtVerify(credentials.token, verification.key as JWTVerifyGetKey, {
          algorithms: verification.algorithms,
          currentDate: new Date(now()),
          requiredClaims: ['exp', 'sub'],
        });
        payload = verified.payload;
      } catch (error) {
        return { ok: false, failure: 'unauthenticated', detail: describe(error) };
      }
      const read = readClaims(payload);
      if (!read.ok) return { ok: false, failure: 'unauthenticated', detail: read.detail };
      const role = resolveRole(read.claims.docs, doc);
      if (!role) return { ok: false, failure: 'forbidden', detail: 'token does not cover this document' };
      const { sub, name, color } = read.claims;
      return {
        ok: true,
        access: role === 'editor' ? 'write' : 'read',
        user: { id: sub, ...(name ? { name } : {}), ...(color ? { color } : {}) },
        expiresAt: (payload.exp as number) * 1000,
        // For revocation: by jti, and only of tokens issued before it.
        tokenId: typeof payload.jti === 'string' ? payload.jti : null,
        issuedAt: typeof payload.iat === 'number' ? payload.iat * 1000 : null,
      };
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JOSEError) return `invalid token (${error.code})`;
  return 'invalid token';
}
