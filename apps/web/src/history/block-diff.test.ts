import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { diffBlocks, hasChanges } from './block-diff';

const p = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): JSONContent => ({ type: 'doc', content: texts.map(p) });
const summary = (version: JSONContent, current: JSONContent) =>
  diffBlocks(version, current).map(({ kind, block }) => `${kind}:${block.content?.[0]?.text ?? ''}`);

describe('diffBlocks', () => {
  it('keeps identical documents equal', () => {
    expect(hasChanges(diffBlocks(doc('a', 'b'), doc('a', 'b')))).toBe(false);
  });

  it('shows a changed block as the version’s followed by the current one', () => {
    expect(summary(doc('a', 'old', 'c'), doc('a', 'new', 'c'))).toEqual(['equal:a', 'version-only:old', 'current-only:new', 'equal:c']);
  });

  it('aligns insertions and deletions around unchanged blocks', () => {
    expect(summary(doc('a', 'b', 'c', 'd'), doc('x', 'a', 'c', 'd', 'y'))).toEqual([
      'current-only:x',
      'equal:a',
      'version-only:b',
      'equal:c',
      'equal:d',
      'current-only:y',
    ]);
  });

  it('treats a formatting change as a change', () => {
    const bold: JSONContent = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }] }] };
    expect(hasChanges(diffBlocks(doc('a'), bold))).toBe(true);
  });

  it('handles empty documents', () => {
    expect(summary({ type: 'doc' }, doc('a'))).toEqual(['current-only:a']);
  });
});
