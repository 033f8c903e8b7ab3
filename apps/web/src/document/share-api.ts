import type { DocRole } from '@tandem/client';

/** What `GET /api/session` says about the relay and the caller. */
export interface SessionInfo {
  readonly auth: boolean;
  readonly canShare: boolean;
}

/** A link minted by `POST /api/share`. */
export interface ShareLink {
  readonly url: string;
  /** When the link stops working (ms since epoch), or null if the relay did not say. */
  readonly expiresAtMs: number | null;
}

/** The expiries a person can pick, shortest first. */
export const SHARE_EXPIRIES = [
  { label: '1 hour', seconds: 3_600 },
  { label: '1 day', seconds: 86_400 },
  { label: '7 days', seconds: 7 * 86_400 },
  { label: '30 days', seconds: 30 * 86_400 },
] as const;

/**
 * Asks the relay whether auth is on and whether this caller may mint links. Any failure
 * (an older relay without the endpoint, no network) reads as "cannot share": the Share
 * button then only copies the address.
 */
export async function fetchSessionInfo(token: string | null): Promise<SessionInfo> {
  try {
    const response = await fetch('/api/session', { headers: { accept: 'application/json', ...bearer(token) } });
    if (!response.ok) return { auth: false, canShare: false };
    return parseSessionInfo(await response.json());
  } catch {
    return { auth: false, canShare: false };
  }
}

/** Reads `GET /api/session`'s answer. */
export function parseSessionInfo(body: unknown): SessionInfo {
  const { auth, canShare } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return { auth: auth === true, canShare: auth === true && canShare === true };
}

/** Mints a link to `doc` for `role`, valid for `expiresInSeconds` (`POST /api/share`). */
export async function createShareLink(request: { doc: string; role: DocRole; expiresInSeconds: number; token: string | null }): Promise<ShareLink> {
  const response = await fetch('/api/share', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...bearer(request.token) },
    body: JSON.stringify({ doc: request.doc, role: request.role, expiresInSeconds: request.expiresInSeconds }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new Error(typeof message === 'string' ? message : `the relay answered ${response.status}`);
  }
  return parseShareLink(body, window.location.origin, request.doc);
}

/**
 * Reads `POST /api/share`'s answer. A relative `url` is made absolute (the relay may not know
 * the address people reach it at); without a `url`, one is built from the token.
 * `expiresAt` may be an ISO date, or seconds or milliseconds since the epoch.
 */
export function parseShareLink(body: unknown, origin: string, doc: string): ShareLink {
  const { url, token, expiresAt } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  let link: string;
  if (typeof url === 'string' && url !== '') link = new URL(url, origin).toString();
  else if (typeof token === 'string' && token !== '') link = `${origin}/d/${encodeURIComponent(doc)}?token=${encodeURIComponent(token)}`;
  else throw new Error('the relay sent no link');
  return { url: link, expiresAtMs: readTime(expiresAt) };
}

function readTime(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e12 ? value * 1000 : value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

function bearer(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
