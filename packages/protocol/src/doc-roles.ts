/** What a token lets its holder do with a document. */
export type Role = 'viewer' | 'editor';

/** The `docs` claim of an access token: exact document names or `prefix*` patterns, each with a role. */
export type DocRoles = Readonly<Record<string, Role>>;

/**
 * The role a token grants for `doc`: an exact name wins over patterns, and among `prefix*`
 * patterns the longest (most specific) wins, so `{"*": "viewer", "team/*": "editor"}` reads
 * as "view everything, edit the team's docs". The relay enforces it (auth-jwt); the browser
 * uses the same function only to shape its UI before the relay answers.
 */
export function resolveRole(docs: DocRoles, doc: string): Role | null {
  const exact = Object.hasOwn(docs, doc) ? docs[doc] : undefined;
  if (exact === 'viewer' || exact === 'editor') return exact;
  let best: { length: number; role: Role } | null = null;
  for (const [pattern, role] of Object.entries(docs)) {
    if (!pattern.endsWith('*') || (role !== 'viewer' && role !== 'editor')) continue;
    const prefix = pattern.slice(0, -1);
    if (doc.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, role };
  }
  return best?.role ?? null;
}

/**
 * The WebSocket sub-protocol that carries an access token: a browser opens
 * `new WebSocket(url, [AUTH_PROTOCOL, token])` and the relay answers with AUTH_PROTOCOL alone
 * (never echoing the token).
 */
export const AUTH_PROTOCOL = 'tandem-auth';
