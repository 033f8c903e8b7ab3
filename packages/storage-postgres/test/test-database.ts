import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The shared test server (trust auth, database `test`); tests only ever add and drop schemas. */
export const TEST_DATABASE_URL = process.env.TANDEM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema of its own for one test, dropped (with everything in it) by `drop`. */
export interface TestSchema {
  readonly name: string;
  /** Runs one query on a separate connection, to look at what is really stored. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** Reserves a fresh schema name; the store under test creates the schema itself. */
export function createTestSchema(url = TEST_DATABASE_URL): TestSchema {
  const name = `tandem_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    name,
    query,
    drop: async () => void (await query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)),
  };
}
