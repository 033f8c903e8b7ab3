import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FIELD, createSeedUpdate, ensureSeed } from './document-seed';

const exchange = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('document seed', () => {
  it('is byte-identical every time it is built', () => {
    expect(createSeedUpdate()).toEqual(createSeedUpdate());
  });

  it('two tabs seeding the same new document at once end with one paragraph', () => {
    const tabA = new Y.Doc();
    const tabB = new Y.Doc();
    expect(ensureSeed(tabA)).toBe(true);
    expect(ensureSeed(tabB)).toBe(true);
    exchange(tabA, tabB);
    expect(tabA.getXmlFragment(BODY_FIELD).length).toBe(1);
    expect(tabB.getXmlFragment(BODY_FIELD).toJSON()).toBe(tabA.getXmlFragment(BODY_FIELD).toJSON());
  });

  it('keeps typing of both tabs in the one seeded paragraph', () => {
    const tabA = new Y.Doc();
    const tabB = new Y.Doc();
    ensureSeed(tabA);
    ensureSeed(tabB);
    const typeInto = (doc: Y.Doc, text: string) => {
      const paragraph = doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
      paragraph.insert(paragraph.length, [new Y.XmlText(text)]);
    };
    typeInto(tabA, 'from A');
    typeInto(tabB, 'from B');
    exchange(tabA, tabB);
    expect(tabA.getXmlFragment(BODY_FIELD).length).toBe(1);
    expect(tabA.getXmlFragment(BODY_FIELD).toString()).toMatch(/<paragraph>(from Afrom B|from Bfrom A)<\/paragraph>/);
  });

  it('leaves a document with content alone', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('heading')]);
    expect(ensureSeed(doc)).toBe(false);
    expect(doc.getXmlFragment(BODY_FIELD).length).toBe(1);
  });

  it('does not duplicate when applied again after it synced', () => {
    const doc = new Y.Doc();
    ensureSeed(doc);
    Y.applyUpdate(doc, createSeedUpdate());
    expect(doc.getXmlFragment(BODY_FIELD).length).toBe(1);
  });
});
