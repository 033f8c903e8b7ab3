import type { Hono } from 'hono';
import { callerOf, type ApiAuth, type ApiEnv, type Caller } from '../caller';

/** Who the web app is talking as (`user` of `GET /api/session`). */
export interface SessionUser {
  readonly id: string;
  readonly name?: string;
  readonly color?: string;
  /** The token's `docs` claim: exact names or `prefix*` patterns → role. */
  readonly docs: Readonly<Record<string, string>>;
  /** Milliseconds since the epoch; null for the admin token. */
  readonly expiresAt: number | null;
  readonly isAdmin: boolean;
}

/**
 * `GET /api/session` → `{"auth": boolean, "user": SessionUser | null, "canShare": boolean}`.
 * Answers anonymous callers too, so the web app can tell that auth is on and ask for a token.
 */
export function mountSessionRoute(app: Hono<ApiEnv>, auth: ApiAuth | null): void {
  app.get('/api/session', (c) => {
    const caller = callerOf(c);
    const user = sessionUser(caller);
    return c.json({ auth: auth !== null, user, canShare: auth?.issuer != null && user !== null });
  });
}

function sessionUser(caller: Caller): SessionUser | null {
  switch (caller.kind) {
    case 'anyone':
    case 'anonymous':
      return null;
    case 'admin':
      return { id: 'admin', docs: { '*': 'editor' }, expiresAt: null, isAdmin: true };
    case 'token':
      return { ...caller.user, docs: caller.docs, expiresAt: caller.expiresAt, isAdmin: false };
  }
}
