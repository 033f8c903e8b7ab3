/** The precompressed encodings the relay can send, best first when the client likes both equally. */
export const PRECOMPRESSED_ENCODINGS = ['br', 'gzip'] as const;

/** One of {@link PRECOMPRESSED_ENCODINGS}. */
export type PrecompressedEncoding = (typeof PRECOMPRESSED_ENCODINGS)[number];

/**
 * The encodings of {@link PRECOMPRESSED_ENCODINGS} an `Accept-Encoding` header allows, most
 * preferred first: by the client's q-value, then Brotli before gzip (smaller). `*` stands for
 * codings the header does not name; `q=0` refuses one. No header, or only `identity`, gives [].
 * Identity itself is always possible as the last resort (a server may send it even when
 * `identity;q=0`, and a 406 would only break the page).
 */
export function acceptedEncodings(header: string | undefined): PrecompressedEncoding[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    weights.set(name, qualityOf(params));
  }
  const weightOf = (coding: string): number => weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  return PRECOMPRESSED_ENCODINGS.map((coding, rank) => ({ coding, rank, q: weightOf(coding) }))
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.rank - b.rank)
    .map((entry) => entry.coding);
}

/** The `q` parameter of one coding, 1 when absent, 0 when malformed (be strict: never send what was not asked for). */
function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key?.toLowerCase() !== 'q') continue;
    const q = Number(value);
    return value && Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}
