import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff';

const pick = (text: string, ranges: ReadonlyArray<readonly [number, number]>) => ranges.map(([start, end]) => text.slice(start, end));

describe('diffWords', () => {
  it('marks only the words that changed', () => {
    const before = 'We ship on Monday.';
    const after = 'We ship on Monday. Or Tuesday.';
    const diff = diffWords(before, after);
    expect(pick(before, diff.before)).toEqual([]);
    expect(pick(after, diff.after)).toEqual([' Or Tuesday.']);
  });

  it('marks replaced words on both sides', () => {
    const before = 'the quick brown fox';
    const after = 'the slow brown dog';
    const diff = diffWords(before, after);
    expect(pick(before, diff.before)).toEqual(['quick', 'fox']);
    expect(pick(after, diff.after)).toEqual(['slow', 'dog']);
  });

  it('handles empty text', () => {
    expect(diffWords('', 'new')).toEqual({ before: [], after: [[0, 3]] });
  });
});
