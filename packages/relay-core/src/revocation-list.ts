import type { Grant } from './ports';

/** What a revocation does to the sessions it matches. */
export type RevocationAction = 'close' | 'downgrade';

/** A remembered revocation of a user's or a token's access. */
export interface RevocationEntry {
  readonly userId?: string;
  /** The token's `jti`. */
  readonly tokenId?: string;
  /** Limits the revocation to one document. */
  readonly doc?: string;
  readonly action: RevocationAction;
  /** Tokens issued after this moment are a deliberate new grant and are not affected. */
  readonly revokedAt: number;
}

/**
 * Revocations of users and tokens, checked whenever authorization grants access, so that a
 * revoked token cannot simply reconnect. A revocation by `jti` is dropped once that token has
 * expired (when its expiry is known); one by user is kept, as an older token of that user may
 * still turn up (it only ever refuses tokens issued before it). The list lives in memory and
 * holds at most `maxEntries` (oldest dropped first).
 */
export interface RevocationList {
  add(entry: RevocationEntry, knownTokenExpiry: number | null): void;
  /** The strongest revocation matching this grant for `doc` (close over downgrade), or null. */
  check(doc: string, grant: Grant, now: number): RevocationAction | null;
  readonly size: number;
}

interface Stored {
  readonly entry: RevocationEntry;
  keepUntil: number | null;
}

/** Whether `entry` applies to `grant` on `doc`. */
export function revocationMatches(entry: Omit<RevocationEntry, 'revokedAt'> & { revokedAt?: number }, doc: string, grant: Grant): boolean {
  if (entry.doc !== undefined && entry.doc !== doc) return false;
  if (entry.userId !== undefined && grant.user?.id !== entry.userId) return false;
  if (entry.tokenId !== undefined && grant.tokenId !== entry.tokenId) return false;
  const issuedAt = grant.issuedAt ?? null;
  return entry.revokedAt === undefined || issuedAt === null || issuedAt <= entry.revokedAt;
}

/** Creates an empty list. */
export function createRevocationList(options: { maxEntries: number }): RevocationList {
  const stored: Stored[] = [];

  const prune = (now: number): void => {
    for (let i = stored.length - 1; i >= 0; i--) {
      const keepUntil = stored[i]!.keepUntil;
      if (keepUntil !== null && keepUntil < now) stored.splice(i, 1);
    }
  };

  return {
    add(entry, knownTokenExpiry) {
      const isTokenOnly = entry.tokenId !== undefined && entry.userId === undefined;
      stored.push({ entry, keepUntil: isTokenOnly ? knownTokenExpiry : null });
      if (stored.length > options.maxEntries) stored.shift();
    },
    check(doc, grant, now) {
      prune(now);
      let action: RevocationAction | null = null;
      for (const item of stored) {
        if (!revocationMatches(item.entry, doc, grant)) continue;
        // A token revoked by jti is remembered at least until it expires.
        if (item.keepUntil !== null && grant.expiresAt !== null) item.keepUntil = Math.max(item.keepUntil, grant.expiresAt);
        if (item.entry.action === 'close') return 'close';
        action = 'downgrade';
      }
      return action;
    },
    get size() {
      return stored.length;
    },
  };
}
