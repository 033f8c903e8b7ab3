import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import pg from 'pg';

/**
 * The PostgreSQL server and Redis the bench runs Tandem's shared-store relays on. By default the
 * local services the test suite uses; point elsewhere with these variables. The bench only
 * creates and drops its own databases (`tandem_bench_<random>`) and uses channel prefixes of its
 * own, so a shared server is left as it was.
 */
export const benchServices = {
  /** Any database of the server, as a role that may CREATE DATABASE. */
  databaseUrl: process.env.TANDEM_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redisUrl: process.env.TANDEM_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
} as const;

/** A database created for one relay start (or one cluster), dropped afterwards. */
export interface BenchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the server of `adminUrl`; the relay migrates it on start. */
export async function createBenchDatabase(adminUrl: string = benchServices.databaseUrl): Promise<BenchDatabase> {
  const name = `tandem_bench_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Null if PostgreSQL and Redis answer, else why not (for the report's "skipped" line). */
export async function checkBenchServices(): Promise<string | null> {
  try {
    await runAdmin(benchServices.databaseUrl, 'SELECT 1');
  } catch (error) {
    return `PostgreSQL at ${redact(benchServices.databaseUrl)} does not answer (${(error as Error).message}); set TANDEM_BENCH_DATABASE_URL`;
  }
  if (!(await redisAnswers(benchServices.redisUrl))) return `Redis at ${redact(benchServices.redisUrl)} does not answer; set TANDEM_BENCH_REDIS_URL`;
  return null;
}

/** A fresh channel prefix, so relays of one cluster only hear each other. */
export function freshChannelPrefix(): string {
  return `tandem-bench-${randomBytes(4).toString('hex')}:`;
}

// PING over a raw socket: reachability is all the bench needs to know (the relay authenticates
// itself). An authentication error still proves a Redis is there.
function redisAnswers(redisUrl: string): Promise<boolean> {
  const url = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    let answer = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG') || answer.startsWith('-NOAUTH'));
    });
  });
}

function redact(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable URL)';
  }
}
