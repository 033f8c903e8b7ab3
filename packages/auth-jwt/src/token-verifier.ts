import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { readClaims, type TandemClaims } from './token-claims';
import type { VerificationKey } from './verification-key';

/** A token whose signature, expiry and Tandem claims checked out. */
export interface VerifiedToken {
  readonly claims: TandemClaims;
  /** Milliseconds since the epoch when the token expires (`exp`). */
  readonly expiresAt: number;
  /** The token's id (`jti`), when it has one. */
  readonly jti: string | null;
  /** Milliseconds since the epoch when the token was issued (`iat`), when it says. */
  readonly issuedAt: number | null;
}

/** The outcome of a verification: a refusal is a value with a short, loggable reason. */
export type TokenVerification = { readonly ok: true; readonly token: VerifiedToken } | { readonly ok: false; readonly detail: string };

/** Checks bearer tokens; shared by the WebSocket authorizer and the HTTP API. */
export interface TokenVerifier {
  verify(token: string | null): Promise<TokenVerification>;
}

/** Verifies signature (algorithm pinned by the key), `exp` and `sub`, then the Tandem claims. */
export function createTokenVerifier(verification: VerificationKey, options: { now?: () => number } = {}): TokenVerifier {
  const now = options.now ?? Date.now;
  return {
    async verify(token) {
      if (!token) return { ok: false, detail: 'no token' };
      let payload: Record<string, unknown>;
      try {
        const verified = await jwtVerify(token, verification.key as JWTVerifyGetKey, {
          algorithms: verification.algorithms,
          currentDate: new Date(now()),
          requiredClaims: ['exp', 'sub'],
        });
        payload = verified.payload;
      } catch (error) {
        return { ok: false, detail: describe(error) };
      }
      const read = readClaims(payload);
      if (!read.ok) return { ok: false, detail: read.detail };
      const jti = typeof payload.jti === 'string' ? payload.jti : null;
      return { ok: true, token: { claims: read.claims, expiresAt: (payload.exp as number) * 1000, jti, issuedAt: typeof payload.iat === 'number' ? payload.iat * 1000 : null } };
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JOSEError) return `invalid token (${error.code})`;
  return 'invalid token';
}
