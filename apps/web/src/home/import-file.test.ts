import { describe, expect, it } from 'vitest';
import { importKindOf, titleFromFileName } from './import-file';

describe('import file', () => {
  it('recognises Markdown and HTML by extension, then by type', () => {
    expect(importKindOf({ name: 'Notes.MD', type: '' })).toBe('markdown');
    expect(importKindOf({ name: 'a.markdown', type: '' })).toBe('markdown');
    expect(importKindOf({ name: 'page.htm', type: '' })).toBe('html');
    expect(importKindOf({ name: 'x', type: 'text/html' })).toBe('html');
    expect(importKindOf({ name: 'photo.png', type: 'image/png' })).toBeNull();
  });

  it('titles the document after the file', () => {
    expect(titleFromFileName('meeting_notes.md')).toBe('meeting notes');
    expect(titleFromFileName('Plan 2027.html')).toBe('Plan 2027');
  });
});
