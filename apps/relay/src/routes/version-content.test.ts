import { describe, expect, it } from 'vitest';
import { diffTexts, type TextChange } from './version-content';

const spell = (changes: TextChange[], skip: TextChange['kind']) =>
  changes.filter((change) => change.kind !== skip).map((change) => change.text).join('');

describe('diffTexts', () => {
  it('marks inserted and deleted words, and the parts spell both texts exactly', () => {
    const before = 'The quick brown fox\njumps over the lazy dog.';
    const after = 'The quick red fox\njumps over the dog!\nNew line.';
    const changes = diffTexts(before, after);
    expect(spell(changes, 'insert')).toBe(before);
    expect(spell(changes, 'delete')).toBe(after);
    expect(changes.filter((c) => c.kind === 'delete').map((c) => c.text.trim())).toEqual(expect.arrayContaining(['brown', 'lazy']));
    expect(changes.filter((c) => c.kind === 'insert').map((c) => c.text)).toEqual(expect.arrayContaining(['red']));
    expect(changes.some((c) => c.kind === 'insert' && c.text.includes('New line'))).toBe(true);
  });

  it('never has two neighbours of the same kind, nor empty texts', () => {
    const changes = diffTexts('a b c d e f', 'a x y d z f');
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.kind).not.toBe(changes[i - 1]!.kind);
    expect(changes.every((c) => c.text.length > 0)).toBe(true);
  });

  it('equal texts are one equal part; empty ones none', () => {
    expect(diffTexts('same', 'same')).toEqual([{ kind: 'equal', text: 'same' }]);
    expect(diffTexts('', '')).toEqual([]);
    expect(diffTexts('', 'new')).toEqual([{ kind: 'insert', text: 'new' }]);
  });
});

describe('diffTexts on a long document', () => {
  it('finds a few scattered edits in 100k characters quickly, word by word', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `line ${i}: the quick brown fox jumps over the lazy dog`);
    const before = lines.join('\n');
    const edited = [...lines];
    for (let i = 0; i < 2_000; i += 97) edited[i] = edited[i]!.replace('brown', 'red');
    edited.splice(1_000, 1);
    const after = edited.join('\n');
    const start = performance.now();
    const changes = diffTexts(before, after);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(changes.filter((c) => c.kind !== 'insert').map((c) => c.text).join('')).toBe(before);
    expect(changes.filter((c) => c.kind !== 'delete').map((c) => c.text).join('')).toBe(after);
    expect(changes.filter((c) => c.kind === 'insert').map((c) => c.text)).toEqual(Array(21).fill('red'));
    expect(changes.filter((c) => c.kind === 'delete').map((c) => c.text)).toContain('brown');
    expect(changes.some((c) => c.kind === 'delete' && c.text.includes('line 1000:'))).toBe(true);
  });
});
