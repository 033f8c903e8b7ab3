import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markerText, scanMarkers } from './edit-marker';
import { MarkerWriter } from './marker-writer';

const scan = (bytes: Uint8Array): number[] => {
  const ids: number[] = [];
  scanMarkers(bytes, (id) => ids.push(id));
  return ids;
};

describe('edit markers', () => {
  it('are found in the update of the edit that carries them', () => {
    const writer = new MarkerWriter();
    expect(scan(writer.edit(0))).toEqual([0]);
    expect(scan(writer.edit(123_456_789))).toEqual([123_456_789]);
  });

  it('survive a relay merging and re-encoding updates', () => {
    const writer = new MarkerWriter();
    const updates = [3, 4, 5].map((id) => writer.edit(id));
    expect(scan(Y.mergeUpdates(updates)).sort()).toEqual([3, 4, 5]);
    const relayDoc = new Y.Doc();
    updates.forEach((u) => Y.applyUpdate(relayDoc, u));
    expect(scan(Y.encodeStateAsUpdate(relayDoc)).sort()).toEqual([3, 4, 5]);
  });

  it('are not invented by ordinary text or binary noise', () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'plain text with digits 0123 and \u0001 alone');
    expect(scan(Y.encodeStateAsUpdate(doc))).toEqual([]);
    expect(scan(Uint8Array.of(1, 3, 0x7a, 0x7a))).toEqual([]);
    expect(markerText(35)).toBe('\u0001\u0003z\u0002');
  });
});
