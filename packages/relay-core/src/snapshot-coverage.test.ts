import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUncoveredUpdates } from './snapshot-coverage';

function record(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', onUpdate);
  edit();
  doc.off('update', onUpdate);
  return updates;
}

function textOf(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('foldUncoveredUpdates', () => {
  it('returns the snapshot itself when it covers every row, also after garbage collection', () => {
    const doc = new Y.Doc();
    const rows = record(doc, () => {
      const text = doc.getText('t');
      for (const char of 'hello world') text.insert(text.length, char);
      text.delete(0, 6);
    });
    const snapshot = Y.encodeStateAsUpdate(doc);
    expect(foldUncoveredUpdates(snapshot, rows)).toBe(snapshot);
    expect(foldUncoveredUpdates(snapshot, [])).toBe(snapshot);
  });

  it('merges rows with structs or deletions the snapshot lacks', () => {
    const a = new Y.Doc();
    const shared = record(a, () => a.getText('t').insert(0, 'hello'));
    const b = new Y.Doc();
    for (const update of shared) Y.applyUpdate(b, update);
    const inserts = record(b, () => b.getText('t').insert(5, ' world'));
    const deletes = record(b, () => b.getText('t').delete(0, 1));
    const snapshot = Y.encodeStateAsUpdate(a);
    expect(textOf(foldUncoveredUpdates(snapshot, [...shared, ...inserts]))).toBe('hello world');
    expect(textOf(foldUncoveredUpdates(snapshot, [...shared, ...deletes]))).toBe('ello');
    expect(textOf(foldUncoveredUpdates(snapshot, [...shared, ...inserts, ...deletes]))).toBe('ello world');
  });
});
