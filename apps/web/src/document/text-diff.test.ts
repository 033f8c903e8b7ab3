import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, transformIndex, type TextDelta } from './text-diff';

describe('diffText', () => {
  it('finds the one splice between two strings', () => {
    expect(diffText('Hello world', 'Hello brave world')).toEqual({ index: 6, deleteCount: 0, insert: 'brave ' });
    expect(diffText('Hello world', 'Hello')).toEqual({ index: 5, deleteCount: 6, insert: '' });
    expect(diffText('abc', 'axc')).toEqual({ index: 1, deleteCount: 1, insert: 'x' });
    expect(diffText('same', 'same')).toBeNull();
  });

  it('keeps a concurrent remote edit when applied to Y.Text', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    local.getText('t').insert(0, 'Plan');
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    remote.getText('t').insert(0, 'Q3 ');
    const splice = diffText('Plan', 'Plan draft');
    if (!splice) throw new Error('expected a splice');
    local.getText('t').insert(splice.index, splice.insert);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(local.getText('t').toString()).toBe('Q3 Plan draft');
  });
});

describe('transformIndex', () => {
  it('shifts the caret right for inserts before it and left for deletes before it', () => {
    expect(transformIndex(4, [{ insert: 'ab' }])).toBe(6);
    expect(transformIndex(4, [{ retain: 5 }, { insert: 'ab' }])).toBe(4);
    expect(transformIndex(4, [{ retain: 1 }, { delete: 2 }])).toBe(2);
    expect(transformIndex(2, [{ retain: 1 }, { delete: 5 }] as TextDelta)).toBe(1);
  });
});
