import type { Hono } from 'hono';
import type { DocStore, DocSummary } from '@tandem/relay-core';
import { callerOf, roleOf, type ApiEnv } from '../caller';
import type { DocListing, DocTitles } from '../doc-titles';
import { httpErrorBody } from '../http-error';

/** Page size when `limit` is not given, and the largest one accepted. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Longest search string accepted. */
const MAX_QUERY_CHARS = 200;

/** A validated `GET /api/docs` query. */
interface ListQuery {
  /** Lower-cased search text, or null for no filter. */
  readonly q: string | null;
  readonly limit: number;
  /** Position after which the page starts (the last entry of the previous page). */
  readonly after: { readonly updatedAt: number; readonly name: string } | null;
}

/**
 * `GET /api/docs?q=&limit=&cursor=` → `{"docs":[{name,title,sizeBytes,updatedAt}],"nextCursor"}`,
 * most recently edited first, only documents the caller may open. `q` matches name or title
 * (case-insensitive); titles are computed only for the documents a page needs.
 */
export function mountDocsList(app: Hono<ApiEnv>, deps: { readonly store: DocStore; readonly titles: DocTitles }): void {
  app.get('/api/docs', async (c) => {
    const query = readListQuery(c.req.query());
    if (typeof query === 'string') return c.json(httpErrorBody(400, query), 400);
    const caller = callerOf(c);
    const stored = await deps.store.list();
    deps.titles.retain(new Set(stored.map((s) => s.name)));
    const visible = stored.filter((s) => roleOf(caller, s.name) !== null).sort(recentFirst);
    const page: DocListing[] = [];
    let hasMore = false;
    for (const summary of visible) {
      if (query.after && !isAfter(summary, query.after)) continue;
      if (page.length === query.limit) {
        hasMore = await matches(summary, query.q, deps.titles);
        if (hasMore) break;
        continue;
      }
      if (!(await matches(summary, query.q, deps.titles))) continue;
      page.push({ name: summary.name, title: await deps.titles.titleOf(summary), sizeBytes: summary.sizeBytes, updatedAt: summary.updatedAt });
    }
    const last = page.at(-1);
    return c.json({ docs: page, nextCursor: hasMore && last ? encodeCursor(last) : null });
  });
}

async function matches(summary: DocSummary, q: string | null, titles: DocTitles): Promise<boolean> {
  if (q === null || summary.name.toLowerCase().includes(q)) return true;
  return ((await titles.titleOf(summary)) ?? '').toLowerCase().includes(q);
}

function recentFirst(a: DocSummary, b: DocSummary): number {
  return b.updatedAt - a.updatedAt || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function isAfter(summary: DocSummary, after: { updatedAt: number; name: string }): boolean {
  return summary.updatedAt < after.updatedAt || (summary.updatedAt === after.updatedAt && summary.name > after.name);
}

function encodeCursor(entry: DocSummary): string {
  return Buffer.from(JSON.stringify([entry.updatedAt, entry.name])).toString('base64url');
}

function decodeCursor(cursor: string): ListQuery['after'] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { updatedAt: value[0] as number, name: value[1] };
    }
  } catch {
    // fall through: not a cursor this relay made
  }
  return undefined;
}

function readListQuery(raw: Record<string, string>): ListQuery | string {
  const q = raw.q?.trim() ?? '';
  if (q.length > MAX_QUERY_CHARS) return `q: at most ${MAX_QUERY_CHARS} characters`;
  let limit = DEFAULT_PAGE_SIZE;
  if (raw.limit !== undefined) {
    limit = /^\d+$/.test(raw.limit) ? Number(raw.limit) : NaN;
    if (!(limit >= 1 && limit <= MAX_PAGE_SIZE)) return `limit: an integer between 1 and ${MAX_PAGE_SIZE}`;
  }
  let after: ListQuery['after'] = null;
  if (raw.cursor) {
    const decoded = decodeCursor(raw.cursor);
    if (!decoded) return 'cursor: not a cursor from a previous page';
    after = decoded;
  }
  return { q: q ? q.toLowerCase() : null, limit, after };
}
