import type { AuthResult, Authorizer } from '@tandem/relay-core';
import { resolveRole } from './doc-roles';
import { createTokenVerifier } from './token-verifier';
import type { VerificationKey } from './verification-key';

/**
 * An Authorizer for JWTs: verifies signature and `exp`, then maps the `docs` claim to access.
 * Failures are values (4401 for bad tokens, 4403 for no access), never exceptions.
 */
export function createJwtAuthorizer(verification: VerificationKey, options: { now?: () => number } = {}): Authorizer {
  const verifier = createTokenVerifier(verification, options);
  return {
    async authorize({ doc, credentials }): Promise<AuthResult> {
      const verified = await verifier.verify(credentials.token);
      if (!verified.ok) return { ok: false, failure: 'unauthenticated', detail: verified.detail };
      const role = resolveRole(verified.token.claims.docs, doc);
      if (!role) return { ok: false, failure: 'forbidden', detail: 'token does not cover this document' };
      const { sub, name, color } = verified.token.claims;
      return {
        ok: true,
        access: role === 'editor' ? 'write' : 'read',
        user: { id: sub, ...(name ? { name } : {}), ...(color ? { color } : {}) },
        expiresAt: verified.token.expiresAt,
        // For revocation: by jti, and only of tokens issued before it.
        tokenId: verified.token.jti,
        issuedAt: verified.token.issuedAt,
      };
    },
  };
}
