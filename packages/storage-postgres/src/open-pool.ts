import pg from 'pg';

/** How the store connects to PostgreSQL. */
export interface PoolSettings {
  readonly connectionString: string;
  readonly maxConnections: number;
  /** Connections kept open while idle (the pool closes the others after 10 s idle). */
  readonly minConnections: number;
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
  /** Told about errors of idle connections (e.g. the server restarted); they are then replaced. */
  readonly onPoolError: (error: Error) => void;
}

const INT8_OID = 20;

/**
 * bigint columns (seqs, counters, ms timestamps) come back as numbers: every value the store
 * keeps stays far below 2^53, and the port speaks numbers.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * A connection pool that recovers by itself: a connection that dies (PostgreSQL restarted,
 * network cut) is dropped and the next checkout opens a fresh one. Without an `error` listener
 * an idle connection's death would crash the process.
 */
export function openPool(settings: PoolSettings): pg.Pool {
  const pool = new pg.Pool({
    connectionString: settings.connectionString,
    max: settings.maxConnections,
    min: settings.minConnections,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    // Server-side, so a stuck statement is cancelled there and the connection stays usable.
    statement_timeout: settings.statementTimeoutMs,
    keepAlive: true,
    application_name: 'tandem-relay',
    types,
  });
  pool.on('error', settings.onPoolError);
  return pool;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    for (const key of [...url.searchParams.keys()]) if (/pass|secret|key/i.test(key)) url.searchParams.set(key, '***');
    return url.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * Opens `count` connections now rather than on first use, so the first edits after start do
 * not each pay a connection handshake (tens of ms) before their commit.
 */
export async function warmPool(pool: pg.Pool, count: number): Promise<void> {
  const clients = await Promise.all(Array.from({ length: count }, () => pool.connect()));
  for (const client of clients) client.release();
}
