import { isIP } from 'node:net';

/*
 * Schemas that parse one raw string (an env var or a flag value) into a typed value. Every
 * check carries the same message, the schema's description ("an integer ≥ 1"), so an error
 * reads "TANDEM_X: must be <description> (got "…")" whichever check failed.
 *
 * Plain functions rather than zod: the relay parses its config at every start, and zod is
 * ~730 KB of bundled JavaScript (≈4 MB of RSS, ~40 ms of compile) for a dozen string checks.
 */

/** The outcome of {@link ValueSchema.safeParse}. */
export type ValueParse<T> = { readonly success: true; readonly data: T } | { readonly success: false };

/** Parses one raw string into a `T`; `description` says what it accepts and is the error message. */
export interface ValueSchema<T> {
  readonly description: string;
  safeParse(raw: string): ValueParse<T>;
  /** The value, or throws an Error whose message is the description. */
  parse(raw: string): T;
}

/** Sentinel a parse function returns for a refused value (values themselves may be anything else). */
const REFUSED: unique symbol = Symbol('refused');

/** A schema from a function that returns the value or {@link REFUSED}. */
function valueSchema<T>(description: string, parseRaw: (raw: string) => T | typeof REFUSED): ValueSchema<T> {
  return {
    description,
    safeParse(raw) {
      const value = parseRaw(raw);
      return value === REFUSED ? { success: false } : { success: true, data: value };
    },
    parse(raw) {
      const value = parseRaw(raw);
      if (value === REFUSED) throw new Error(`must be ${description}`);
      return value;
    },
  };
}

const INTEGER = /^[+-]?\d+$/;

/** A whole number in [min, max]; plain digits only, so "1e3", "0x10" and "12px" are refused. */
export function integerValue(options: { readonly min: number; readonly max?: number; readonly unit?: string }) {
  const { min, max = Number.MAX_SAFE_INTEGER, unit } = options;
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `between ${min} and ${max}`;
  const expected = unit ? `${unit} (an integer ${range})` : `an integer ${range}`;
  return valueSchema(expected, (raw): number | typeof REFUSED => {
    const text = raw.trim();
    if (!INTEGER.test(text)) return REFUSED;
    const value = Number(text);
    return Number.isSafeInteger(value) && value >= min && value <= max ? value : REFUSED;
  });
}

/** A size in bytes. Plain integers for now; a suffix syntax ("16MiB") can be added here. */
export function byteSizeValue(options: { readonly min: number; readonly max?: number }) {
  return integerValue({ ...options, unit: 'a size in bytes' });
}

/**
 * Longest delay a timer honours: Node's setTimeout turns anything longer into 1 ms, so an
 * unbounded millisecond option would fire at once instead of never.
 */
export const MAX_DURATION_MS = 2_147_483_647;

/** A duration in milliseconds, never above {@link MAX_DURATION_MS}. */
export function durationMsValue(options: { readonly min: number; readonly max?: number }) {
  return integerValue({ min: options.min, max: Math.min(options.max ?? MAX_DURATION_MS, MAX_DURATION_MS), unit: 'a duration in milliseconds' });
}

/** One of a fixed set of words, matched exactly. */
export function enumValue<const Values extends readonly [string, ...string[]]>(values: Values) {
  const expected = `one of ${values.join(', ')}`;
  const allowed: ReadonlySet<string> = new Set(values);
  const isAllowed = (raw: string): raw is Values[number] => allowed.has(raw);
  return valueSchema(expected, (raw): Values[number] | typeof REFUSED => (isAllowed(raw) ? raw : REFUSED));
}

/** Any string; refuses the empty string unless `allowEmpty`. */
export function textValue(options: { readonly allowEmpty: boolean }) {
  const expected = options.allowEmpty ? 'a string' : 'a non-empty string';
  return valueSchema(expected, (raw): string | typeof REFUSED => (options.allowEmpty || raw !== '' ? raw : REFUSED));
}

/** A switch: `true`/`false`/`1`/`0` (case-insensitive) in env; `--flag`/`--no-flag` on the command line. */
export function booleanValue() {
  const expected = 'true, false, 1 or 0';
  return valueSchema(expected, (raw): boolean | typeof REFUSED => {
    const word = raw.toLowerCase();
    return word === 'true' || word === '1' ? true : word === 'false' || word === '0' ? false : REFUSED;
  });
}

/**
 * Comma-separated browser origins (`https://docs.example.com, http://localhost:5173`), each
 * normalised to the exact form browsers send in the Origin header. Empty means no list.
 */
export function originListValue() {
  const expected = 'a comma-separated list of origins such as https://docs.example.com';
  return valueSchema(expected, (raw): readonly string[] | typeof REFUSED => {
    const origins: string[] = [];
    for (const part of raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')) {
      const origin = toOrigin(part);
      if (origin === null) return REFUSED;
      origins.push(origin);
    }
    return Object.freeze(origins);
  });
}

/**
 * Comma-separated IP addresses and CIDR ranges (`10.0.0.0/8, ::1`), e.g. the reverse proxies
 * whose X-Forwarded-For header is believed. Empty means none.
 */
export function addressListValue() {
  const expected = 'a comma-separated list of IP addresses or CIDR ranges such as 10.0.0.0/8, ::1';
  return valueSchema(expected, (raw): readonly string[] | typeof REFUSED => {
    const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    return entries.every(isAddressOrRange) ? Object.freeze(entries) : REFUSED;
  });
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** A secret such as an API token: empty (feature off) or at least `minLength` characters. */
export function secretValue(options: { readonly minLength: number }) {
  const expected = `empty (disabled) or at least ${options.minLength} characters`;
  return valueSchema(expected, (raw): string | typeof REFUSED => (raw === '' || raw.length >= options.minLength ? raw : REFUSED));
}

/** A PostgreSQL connection URL (`postgres://` or `postgresql://`), or empty for none. */
export function databaseUrlValue() {
  const expected = 'empty or a URL such as postgres://user:password@host:5432/database';
  return valueSchema(expected, (raw): string | typeof REFUSED => {
    const value = raw.trim();
    return value === '' || isPostgresUrl(value) ? value : REFUSED;
  });
}

function isPostgresUrl(text: string): boolean {
  try {
    return /^postgres(ql)?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function toOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const isBare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !text.endsWith('/');
  return (url.protocol === 'http:' || url.protocol === 'https:') && isBare ? url.origin : null;
}

/** Empty (feature off) or a `redis://` / `rediss://` URL with a host. */
export function redisUrlValue() {
  const expected = 'empty (off) or a URL such as redis://redis:6379 or rediss://user:password@host:6380/0';
  return valueSchema(expected, (raw): string | typeof REFUSED => {
    const value = raw.trim();
    return value === '' || isRedisUrl(value) ? value : REFUSED;
  });
}

function isRedisUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}
