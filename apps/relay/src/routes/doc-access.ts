import type { Context } from 'hono';
import type { Authorizer } from '@tandem/relay-core';

/** What a request needs on a document: viewers read and export; editors also import, rename and delete. */
export type DocPermission = 'read' | 'write';

/** The outcome of a per-document access check; refusals carry their HTTP status. */
export type DocAccess =
  | { readonly ok: true; readonly userId: string | null; readonly userName: string | null }
  | { readonly ok: false; readonly status: 401 | 403; readonly message: string };

/**
 * Decides whether the caller of `c` may `need` document `doc`. The document routes depend only
 * on this function, so the composition root chooses how callers are resolved.
 */
export type AuthorizeDoc = (c: Context, doc: string, need: DocPermission) => Promise<DocAccess>;

/**
 * Per-document access from `Authorization: Bearer <token>`, decided by the same Authorizer
 * (and so the same role resolution) as the WebSocket path: a token that would open the
 * document read-only may read it here, one that would open it for writing may also change it.
 * Without auth the relay's authorizer lets everyone write, so everyone is an editor.
 */
export function createBearerDocAccess(authorizer: Authorizer): AuthorizeDoc {
  return async (c, doc, need) => {
    const header = c.req.header('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
    const result = await authorizer.authorize({ doc, credentials: { token } });
    if (!result.ok) return { ok: false, status: result.failure === 'unauthenticated' ? 401 : 403, message: result.detail };
    if (need === 'write' && result.access !== 'write') return { ok: false, status: 403, message: 'this needs the editor role on the document' };
    return { ok: true, userId: result.user?.id ?? null, userName: result.user?.name ?? null };
  };
}
