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
