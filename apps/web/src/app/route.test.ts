import { describe, expect, it } from 'vitest';
import { documentPath, parseRoute } from './route';

describe('routes', () => {
  it('maps paths to pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/d/abc123')).toEqual({ page: 'document', docId: 'abc123' });
    expect(parseRoute('/d/abc123/')).toEqual({ page: 'document', docId: 'abc123' });
    expect(parseRoute('/nope')).toEqual({ page: 'not-found' });
    expect(parseRoute('/d/%E0%A4%A')).toEqual({ page: 'not-found' });
  });

  it('round-trips document ids with special characters', () => {
    expect(parseRoute(documentPath('my doc/1'))).toEqual({ page: 'document', docId: 'my doc/1' });
  });
});

describe('document links', () => {
  it('[9.8] round-trip every legal name, including ?, #, %, spaces, / and Unicode', () => {
    for (const name of ['plan?draft=1', 'notes#2', '100% done', 'team notes', 'a/b', 'Überblick ✓ 日本語 🎉', '%41']) {
      expect(parseRoute(documentPath(name))).toEqual({ page: 'document', docId: name });
    }
  });
});
