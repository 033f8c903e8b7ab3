import { SignJWT } from 'jose';
import type { DocRoles } from './doc-roles';
import { MIN_SECRET_BYTES } from './verification-key';

/** What a new token says. */
export interface TokenRequest {
  readonly sub: string;
  readonly name?: string;
  readonly color?: string;
  readonly docs: DocRoles;
  readonly ttlSeconds: number;
  /** Token id (`jti`), so that one token can be told apart (and revoked) later. */
  readonly jti?: string;
}

/** Signs tokens; see {@link createTokenIssuer}. */
export interface TokenIssuer {
  /** Returns a signed compact JWT. */
  issue(request: TokenRequest): Promise<string>;
}

/** Signs HS256 tokens with the relay's secret (for `tandem-relay token` and tests). */
export function createTokenIssuer(secret: string, options: { now?: () => number } = {}): TokenIssuer {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) throw new Error(`auth secret must be at least ${MIN_SECRET_BYTES} bytes`);
  const key = new TextEncoder().encode(secret);
  const now = options.now ?? Date.now;
  return {
    issue(request) {
      const issuedAt = Math.floor(now() / 1000);
      const jwt = new SignJWT({
        docs: request.docs,
        ...(request.name ? { name: request.name } : {}),
        ...(request.color ? { color: request.color } : {}),
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(request.sub)
        // A unique ID, so one token can be revoked without revoking its user.
        .setJti(crypto.randomUUID())
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + request.ttlSeconds);
      return (request.jti ? jwt.setJti(request.jti) : jwt).sign(key);
    },
  };
}
