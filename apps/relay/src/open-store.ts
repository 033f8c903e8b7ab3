import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RelayConfig } from '@tandem/config';
import type { DocStore, Logger } from '@tandem/relay-core';
import { createSqliteDocStore } from '@tandem/storage-sqlite';

/** The configured store, opened, or why it could not be. */
export type OpenStoreResult =
  | { readonly ok: true; readonly store: DocStore; /** For the banner: where documents live. */ readonly location: string }
  | { readonly ok: false; readonly error: string };

/**
 * Opens the store `TANDEM_STORE` names. Failing here is final: a relay that cannot reach its
 * store at start has never served anyone, so it exits (code 2) with the reason rather than
 * listening and refusing every document; a supervisor's restart policy retries. Once running,
 * an outage is handled at run time instead (1013 to writers, /readyz 503, reconnect).
 */
export async function openStore(config: RelayConfig, logger: Logger): Promise<OpenStoreResult> {
  if (config.store === 'postgres') {
    try {
      // Loaded only when configured: the pg driver costs ~13 MB of RSS a SQLite relay never needs.
      const { createPostgresDocStore } = await import('@tandem/storage-postgres');
      const store = await createPostgresDocStore({
        connectionString: config.databaseUrl,
        onPoolError: (err) => logger.warn({ err }, 'PostgreSQL connection lost; the pool opens a new one on next use'),
      });
      return { ok: true, store, location: `PostgreSQL ${store.url}` };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  const dataDir = resolve(config.dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
    const store = createSqliteDocStore({
      path: join(dataDir, 'tandem.db'),
      synchronous: config.sqliteSynchronous,
      onBackgroundError: (err) => logger.warn({ err }, 'sqlite checkpointer failed'),
    });
    return { ok: true, store, location: dataDir };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
