import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatConfigTable } from './format-help';

describe('README configuration table', () => {
  it('lists exactly the options of the schema (regenerate it with formatConfigTable())', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('<!-- config-table:start');
    const end = readme.indexOf('<!-- config-table:end -->');
    expect(start).toBeGreaterThan(-1);
    const block = readme.slice(readme.indexOf('\n', start) + 1, end).trim();
    expect(block).toBe(formatConfigTable().trim());
  });
});
