import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocConverter } from '@tandem/doc-convert';
import { createMemoryDocStore, createRelay } from '@tandem/relay-core';
import { createSilentLogger } from '@tandem/test-kit';
import { formatApiTable } from '../src/routes/api-table';
import { createCallerDocAccess } from '../src/routes/doc-access';
import { createDocApi, OPENAPI_PATH } from '../src/routes/doc-api';
import { systemClock } from '../src/system-clock';

describe('README document API table', () => {
  it('is the table generated from the OpenAPI document (regenerate it with formatApiTable())', async () => {
    const store = createMemoryDocStore();
    const relay = createRelay({ store, clock: systemClock, logger: createSilentLogger() });
    const api = createDocApi({
      relay,
      store,
      authorizeDoc: createCallerDocAccess(),
      converter: createDocConverter(),
      maxImportBytes: 10_485_760,
      maxUpdateBytes: 16_777_216,
    });
    const openapi = (await (await api.request(OPENAPI_PATH)).json()) as Parameters<typeof formatApiTable>[0];
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('<!-- api-table:start');
    const end = readme.indexOf('<!-- api-table:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(readme.indexOf('\n', start) + 1, end).trim()).toBe(formatApiTable(openapi));
    await relay.shutdown();
  });
});
