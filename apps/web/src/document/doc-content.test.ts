import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, TITLE_FIELD } from '@tandem/client';
import { isDocBlank } from './doc-content';

describe('isDocBlank', () => {
  it('is blank with nothing, or only an empty paragraph', () => {
    const doc = new Y.Doc();
    expect(isDocBlank(doc)).toBe(true);
    const paragraph = new Y.XmlElement('paragraph');
    doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('')]);
    expect(isDocBlank(doc)).toBe(true);
  });

  it('is not blank with a title, text, or any other block', () => {
    const titled = new Y.Doc();
    titled.getText(TITLE_FIELD).insert(0, 'Plan');
    expect(isDocBlank(titled)).toBe(false);

    const written = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    written.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('hi')]);
    expect(isDocBlank(written)).toBe(false);

    const ruled = new Y.Doc();
    ruled.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('horizontalRule')]);
    expect(isDocBlank(ruled)).toBe(false);
  });
});
