import { readFileSync } from 'node:fs';
import type { RelayConfig } from '@tandem/config';
import type { VerificationKeySource } from '@tandem/auth-jwt';
import type { Authorizer } from '@tandem/relay-core';
import type { ApiAuth } from './caller';

/** What start-up decided about authentication. */
export type AuthSetup =
  | { readonly ok: true; readonly authorizer: Authorizer | null; readonly apiAuth: ApiAuth | null; readonly warning: string | null }
  | { readonly ok: false; readonly error: string };

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Builds the authorizer from the configured key material, and enforces the secure default:
 * without auth the relay only listens on loopback, unless explicitly told otherwise.
 */
export async function setUpAuth(config: RelayConfig): Promise<AuthSetup> {
  const source = keySource(config);
  if (source === null) {
    if (isLoopbackHost(config.host)) return { ok: true, authorizer: null, apiAuth: null, warning: null };
    if (!config.insecureNoAuth) {
      return {
        ok: false,
        error:
          `refusing to listen on ${config.host} without authentication: anyone who can reach it could read and edit every document.\n` +
          '  Set TANDEM_AUTH_SECRET (or TANDEM_AUTH_PUBLIC_KEY_FILE / TANDEM_AUTH_JWKS_FILE), or pass --insecure-no-auth if that is really what you want.',
      };
    }
    return { ok: true, authorizer: null, apiAuth: null, warning: `listening on ${config.host} WITHOUT authentication (--insecure-no-auth): anyone who can reach it can edit every document` };
  }
  try {
    // Loaded only with auth on: jose is ~8 MB of RSS and ~100 ms of start-up otherwise wasted.
    const { createJwtAuthorizer, createTokenIssuer, createTokenVerifier, createVerificationKey } = await import('@tandem/auth-jwt');
    const key = await createVerificationKey(source);
    // Only a shared secret can sign share tokens; a public key can only verify them.
    const issuer = source.kind === 'secret' ? createTokenIssuer(source.secret) : null;
    return { ok: true, authorizer: createJwtAuthorizer(key), apiAuth: { verifier: createTokenVerifier(key), issuer }, warning: null };
  } catch (error) {
    return { ok: false, error: `auth key: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function keySource(config: RelayConfig): VerificationKeySource | null {
  if (config.authSecret) return { kind: 'secret', secret: config.authSecret };
  if (config.authPublicKeyFile) return { kind: 'public-key', pem: readFileSync(config.authPublicKeyFile, 'utf8'), algorithm: config.authAlgorithm };
  if (config.authJwksFile) return { kind: 'jwks', jwks: JSON.parse(readFileSync(config.authJwksFile, 'utf8')) };
  return null;
}
