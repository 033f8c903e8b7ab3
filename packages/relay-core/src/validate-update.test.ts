import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateUpdate } from './validate-update';

describe('validateUpdate', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hello');

  it('accepts a V1 update and flags the empty one', () => {
    expect(validateUpdate(Y.encodeStateAsUpdate(doc))).toEqual({ ok: true, isEmpty: false });
    expect(validateUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))).toEqual({ ok: true, isEmpty: true });
  });

  it('refuses V2 updates, garbage and truncation', () => {
    expect(validateUpdate(Y.encodeStateAsUpdateV2(doc)).ok).toBe(false);
    expect(validateUpdate(Uint8Array.of(5, 200, 1, 2, 3)).ok).toBe(false);
    const v1 = Y.encodeStateAsUpdate(doc);
    expect(validateUpdate(v1.slice(0, v1.length - 4)).ok).toBe(false);
  });
});
