import type { Context } from 'hono';
import { callerOf, isRoleAtLeast, roleOf, type ApiEnv } from '../caller';

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
 * Per-document access from the caller the auth middleware resolved (`callerOf`), with the same
 * role resolution as the WebSocket authorizer (`roleOf`): the composition root's default.
 */
export function createCallerDocAccess(): AuthorizeDoc {
  return async (c, doc, need) => {
    const caller = callerOf(c as Context<ApiEnv>);
    if (caller.kind === 'anonymous') return { ok: false, status: 401, message: 'a bearer token is required' };
    const role = roleOf(caller, doc);
    if (!role) return { ok: false, status: 403, message: 'the token does not cover this document' };
    if (need === 'write' && !isRoleAtLeast(role, 'editor')) return { ok: false, status: 403, message: 'this needs the editor role on the document' };
    return { ok: true, userId: caller.kind === 'token' ? caller.user.id : null, userName: caller.kind === 'token' ? caller.user.name ?? null : null };
  };
}
