/** One document as the relay lists it (`GET /api/docs`). */
export interface DocSummary {
  readonly name: string;
  readonly title: string | null;
  readonly updatedAt: number;
  readonly sizeBytes: number;
}

/** Reads the relay's listing, refusing anything that does not look like it. */
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
