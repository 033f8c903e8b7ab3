import { createLocalJWKSet, importSPKI, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** How tokens are verified. */
export type VerificationKeySource =
  | { readonly kind: 'secret'; readonly secret: string }
  | { readonly kind: 'public-key'; readonly pem: string; readonly algorithm: 'ES256' | 'RS256' }
  | { readonly kind: 'jwks'; readonly jwks: JSONWebKeySet };

/** A key (or key lookup) for jose's jwtVerify, and the algorithms it may verify. */
export interface VerificationKey {
  readonly key: Parameters<typeof import('jose').jwtVerify>[1] | JWTVerifyGetKey;
  readonly algorithms: string[];
}

/** Shortest HS256 secret accepted: a guessable secret makes every token forgeable. */
export const MIN_SECRET_BYTES = 32;

/** Builds the verification key; throws with a clear message on unusable key material. */
export async function createVerificationKey(source: VerificationKeySource): Promise<VerificationKey> {
  switch (source.kind) {
    case 'secret': {
      if (Buffer.byteLength(source.secret) < MIN_SECRET_BYTES) {
        throw new Error(`auth secret must be at least ${MIN_SECRET_BYTES} bytes`);
      }
      // Pinning the algorithm list is what stops "alg: none" and HS/RS confusion attacks.
      return { key: new TextEncoder().encode(source.secret), algorithms: ['HS256'] };
    }
    case 'public-key':
      return { key: await importSPKI(source.pem, source.algorithm), algorithms: [source.algorithm] };
    case 'jwks':
      return { key: createLocalJWKSet(source.jwks), algorithms: ['ES256', 'RS256'] };
  }
}
