import type { DocRoles, Role } from './doc-roles';

/** The claims Tandem reads from a token (beyond the standard `exp`). */
export interface TandemClaims {
  /** Stable user id. */
  readonly sub: string;
  readonly name?: string;
  /** CSS colour for the user's cursor, e.g. `#e5484d`. */
  readonly color?: string;
  readonly docs: DocRoles;
}

const ROLES: ReadonlySet<string> = new Set<Role>(['viewer', 'editor']);
const COLOR = /^#[0-9a-fA-F]{3,8}$/;
const MAX_NAME_CHARS = 100;

/** Validates a verified payload's Tandem claims; returns a reason when they are unusable. */
export function readClaims(payload: Record<string, unknown>): { ok: true; claims: TandemClaims } | { ok: false; detail: string } {
  const { sub, name, color, docs } = payload;
  if (typeof sub !== 'string' || sub.length === 0) return { ok: false, detail: 'token has no sub' };
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME_CHARS)) return { ok: false, detail: 'token name is invalid' };
  if (color !== undefined && (typeof color !== 'string' || !COLOR.test(color))) return { ok: false, detail: 'token color is invalid' };
  if (typeof docs !== 'object' || docs === null || Array.isArray(docs)) return { ok: false, detail: 'token has no docs claim' };
  for (const role of Object.values(docs)) {
    if (typeof role !== 'string' || !ROLES.has(role)) return { ok: false, detail: 'token docs claim has an unknown role' };
  }
  return {
    ok: true,
    claims: { sub, docs: docs as DocRoles, ...(name !== undefined ? { name } : {}), ...(color !== undefined ? { color } : {}) },
  };
}
