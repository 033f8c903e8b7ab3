import { resolveRole, type DocRoles, type Role } from '@tandem/protocol';

/** What a token lets its holder do with one document. */
export type DocRole = Role;

/**
 * The role a Tandem access token (JWT) grants for `docName`, read from its `docs` claim:
 * an exact name wins, then the longest `prefix*` pattern. Null when the token does not look
 * like one or does not cover the document.
 *
 * This only shapes the UI (a viewer gets a read-only editor at once instead of after the
 * relay refuses the first edit). The relay verifies the signature and enforces the role.
 */
export function readTokenRole(token: string, docName: string): DocRole | null {
  const docs = readDocsClaim(token);
  return docs ? resolveRole(docs, docName) : null;
}

function readDocsClaim(token: string): DocRoles | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(decodeBase64Url(payload));
    const docs = (json as { docs?: unknown } | null)?.docs;
    if (typeof docs !== 'object' || docs === null) return null;
    return docs as DocRoles; // resolveRole ignores entries that are not a role
  } catch {
    return null;
  }
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
