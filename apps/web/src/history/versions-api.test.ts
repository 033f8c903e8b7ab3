import { describe, expect, it } from 'vitest';
import { parseVersionContent, parseVersionList } from './versions-api';
import { exportFileStem } from './doc-export';

describe('versions API answers', () => {
  it('reads the version list and skips malformed entries', () => {
    const list = parseVersionList({
      versions: [
        { id: 'v2', createdAt: 1_795_000_000_000, name: 'Draft', kind: 'named', authors: [{ id: 'u1', name: 'Alice' }], sizeBytes: 10 },
        { id: 7, createdAt: '2026-11-29T09:00:00Z', name: null, kind: 'auto', authors: [], sizeBytes: 5 },
        { name: 'no id' },
      ],
    });
    expect(list.map((version) => [version.id, version.name, version.kind])).toEqual([
      ['v2', 'Draft', 'named'],
      ['7', null, 'auto'],
    ]);
    expect(list[0]?.authors).toEqual([{ id: 'u1', name: 'Alice' }]);
    expect(list[0]?.createdAt).toBe(1_795_000_000_000);
    expect(list[1]?.createdAt).toBe(Date.parse('2026-11-29T09:00:00Z'));
  });

  it('rejects an answer without a list', () => {
    expect(() => parseVersionList({})).toThrow(/no version list/);
  });

  it('reads a version’s JSON with the title beside the body', () => {
    const content = parseVersionContent({ title: 'Plan', type: 'doc', content: [{ type: 'paragraph' }] });
    expect(content).toEqual({ title: 'Plan', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(parseVersionContent({ title: 'T', body: { type: 'doc', content: [] } }).body).toEqual({ type: 'doc', content: [] });
    expect(() => parseVersionContent({ title: 'x' })).toThrow(/not a document/);
  });
});

describe('exportFileStem', () => {
  it('names the file after the title without path characters', () => {
    expect(exportFileStem(' Notes: a/b ', 'doc-1')).toBe('Notes a b');
    expect(exportFileStem('', 'doc-1')).toBe('doc-1');
  });
});
