import type { Authorizer } from './ports';

/**
 * Lets every connection write every document: the behaviour of the reference y-websocket
 * server, for a relay bound to loopback without an auth secret.
 */
export function createAllowAllAuthorizer(): Authorizer {
  return {
    authorize: async () => ({ ok: true, access: 'write', user: null, expiresAt: null }),
  };
}
