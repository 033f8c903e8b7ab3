import { parseConfig } from '@tandem/config';
import { describe, expect, it } from 'vitest';
import { toServerOptions } from './server-options';

const optionsFor = (env: Record<string, string>) => {
  const parsed = parseConfig({ env, argv: [] });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return toServerOptions(parsed.config, null);
};

describe('toServerOptions', () => {
  it('treats a PostgreSQL store as shared by other relays (compaction re-reads it), SQLite as private', () => {
    expect(optionsFor({}).relay.isStoreShared).toBe(false);
    expect(optionsFor({ TANDEM_STORE: 'postgres', TANDEM_DATABASE_URL: 'postgres://db/tandem' }).relay.isStoreShared).toBe(true);
  });

  it('passes the version settings to the core', () => {
    expect(optionsFor({}).relay.versions).toEqual({ idleMs: 120_000, maxIntervalMs: 1_800_000, retention: { keepAllMs: 86_400_000, keepHourlyMs: 604_800_000 } });
    expect(
      optionsFor({ TANDEM_VERSION_IDLE_MS: '0', TANDEM_VERSION_MAX_INTERVAL_MS: '60000', TANDEM_VERSION_KEEP_ALL_MS: '3600000', TANDEM_VERSION_KEEP_HOURLY_MS: '86400000' }).relay
        .versions,
    ).toEqual({ idleMs: 0, maxIntervalMs: 60_000, retention: { keepAllMs: 3_600_000, keepHourlyMs: 86_400_000 } });
  });
});
