/** What a token lets its holder do with a document. */
export type Role = 'viewer' | 'editor';

/** The `docs` claim: exact document names or `prefix*` patterns, each with a role. */
export type DocRoles = Readonly<Record<string, Role>>;

/**
 * The role a token grants for `doc`: an exact name wins over patterns, and among `prefix*`
 * patterns the longest (most specific) wins, so `{"*": "viewer", "team/*": "editor"}` reads
 * as "view everything, edit the team's docs".
 */
export function resolveRole(docs: DocRoles, doc: string): Role | null {
  const exact = Object.hasOwn(docs, doc) ? docs[doc] : undefined;
  if (exact) return exact;
  let best: { length: number; role: Role } | null = null;
  for (const [pattern, role] of Object.entries(docs)) {
    if (!pattern.endsWith('*')) continue;
    const prefix = pattern.slice(0, -1);
    if (doc.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, role };
  }
  return best?.role ?? null;
}
