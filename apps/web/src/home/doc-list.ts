/** One document as the relay lists it (`GET /api/docs`). */
export interface DocSummary {
  readonly name: string;
  readonly title: string | null;
  readonly updatedAt: number;
  readonly sizeBytes: number;
}

/** One page of the relay's listing. */
export interface DocPage {
  readonly docs: DocSummary[];
  /** Where the next page starts; null on the last page. */
  readonly nextCursor: string | null;
}

/** A row of the home page's list. */
export interface ListedDoc extends DocSummary {
  /** Known only to this browser: not (yet) on the relay, or the relay could not be asked. */
  readonly isLocalOnly: boolean;
}

/** The listing URL for a search (`q`) and page (`cursor`). */
export function docListUrl(options: { q?: string; cursor?: string | null; limit?: number } = {}): string {
  const params = new URLSearchParams();
  const q = options.q?.trim();
  if (q) params.set('q', q);
  if (options.limit) params.set('limit', String(options.limit));
  if (options.cursor) params.set('cursor', options.cursor);
  const query = params.toString();
  return query ? `/api/docs?${query}` : '/api/docs';
}

/** Reads one page of the relay's listing, refusing anything that does not look like it. */
export function parseDocPage(body: unknown): DocPage {
  const nextCursor = (body as { nextCursor?: unknown } | null)?.nextCursor;
  return { docs: parseDocList(body), nextCursor: typeof nextCursor === 'string' && nextCursor !== '' ? nextCursor : null };
}

/** Whether a document's title or name contains the search text (case-insensitive), as the relay's `q` does. */
export function matchesQuery(doc: { name: string; title: string | null }, q: string): boolean {
  const needle = q.trim().toLocaleLowerCase();
  if (!needle) return true;
  return (doc.title ?? '').toLocaleLowerCase().includes(needle) || doc.name.toLocaleLowerCase().includes(needle);
}

/**
 * The rows to show. With the relay's answer: its documents, then the ones this browser wrote
 * that the relay has never had (typed offline, not yet uploaded), marked local. Without it
 * (`remote` null: offline, relay down, not signed in): every document this browser holds,
 * marked local. Local rows are filtered by the search text here, as the relay filters its own.
 */
export function mergeDocLists(
  remote: readonly DocSummary[] | null,
  local: ReadonlyArray<{ name: string; title: string | null; updatedAt: number; isOnRelay: boolean }>,
  q = '',
): ListedDoc[] {
  const listed = new Set(remote?.map((doc) => doc.name));
  const extra = local
    .filter((doc) => !listed.has(doc.name) && (remote === null || !doc.isOnRelay) && matchesQuery(doc, q))
    .map((doc): ListedDoc => ({ name: doc.name, title: doc.title, updatedAt: doc.updatedAt, sizeBytes: 0, isLocalOnly: true }));
  const rows = [...(remote ?? []).map((doc): ListedDoc => ({ ...doc, isLocalOnly: false })), ...extra];
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Appends a further page, dropping documents already shown (an edit between pages moves one to the top). */
export function appendPage(current: readonly DocSummary[], page: readonly DocSummary[]): DocSummary[] {
  const seen = new Set(current.map((doc) => doc.name));
  return [...current, ...page.filter((doc) => !seen.has(doc.name))];
}

/** Reads the documents of the relay's listing, refusing anything that does not look like it. */
export function parseDocList(body: unknown): DocSummary[] {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { docs?: unknown }).docs)) {
    throw new Error('unexpected answer from /api/docs');
  }
  return (body as { docs: unknown[] }).docs.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { name, title, updatedAt, sizeBytes } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || typeof updatedAt !== 'number') return [];
    return [
      {
        name,
        title: typeof title === 'string' && title.trim() !== '' ? title : null,
        updatedAt,
        sizeBytes: typeof sizeBytes === 'number' ? sizeBytes : 0,
      },
    ];
  });
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "just now", "5 minutes ago", "yesterday". */
export function formatRelativeTime(thenMs: number, nowMs: number, locale?: string): string {
  const elapsedMs = Math.max(0, nowMs - thenMs);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, unitMs] of UNITS) {
    if (elapsedMs >= unitMs) return format.format(-Math.floor(elapsedMs / unitMs), unit);
  }
  return 'just now';
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: ids get read aloud and typed

/** A new document id: 12 characters, ~60 bits of randomness, URL-safe. */
export function newDocId(randomBytes: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = randomBytes(new Uint8Array(12));
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}
