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
});
