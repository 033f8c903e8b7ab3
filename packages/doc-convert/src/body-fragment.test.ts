import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { everyNodeDoc } from '@tandem/test-kit';
import { BODY_FIELD } from '@tandem/doc-schema';
import { readBody, writeBody } from './body-fragment';
import { createDocConverter } from './doc-converter';

const converter = createDocConverter();
const { schema } = converter;

describe('the body fragment, through the editor binding', () => {
  it('round-trips every node and mark through Y.XmlFragment("default")', () => {
    const doc = new Y.Doc();
    writeBody(doc, converter.fromJson(everyNodeDoc));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readBody(copy, schema).toJSON()).toEqual(converter.fromJson(everyNodeDoc).toJSON());
  });

  it('replaces content as a forward edit that keeps concurrent edits and can be undone', () => {
    const server = new Y.Doc();
    writeBody(server, converter.fromMarkdown('# Plan\n\nfirst paragraph\n\nsecond paragraph'));
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const undo = new Y.UndoManager(client.getXmlFragment(BODY_FIELD), { trackedOrigins: new Set(['import']) });

    // A client types into the first paragraph while the server rewrites the second one.
    const before = Y.encodeStateVector(server);
    writeBody(server, converter.fromMarkdown('# Plan\n\nfirst paragraph\n\nsecond paragraph, rewritten'));
    const serverEdit = Y.encodeStateAsUpdate(server, before);
    const firstText = (client.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    firstText.insert(0, 'very ');

    Y.applyUpdate(client, serverEdit, 'import');
    expect(converter.toMarkdown(readBody(client, schema))).toBe('# Plan\n\nvery first paragraph\n\nsecond paragraph, rewritten');
    // The rewrite touched only what changed: far smaller than the whole document.
    expect(serverEdit.byteLength).toBeLessThan(Y.encodeStateAsUpdate(server).byteLength);

    undo.undo();
    expect(converter.toMarkdown(readBody(client, schema))).toBe('# Plan\n\nvery first paragraph\n\nsecond paragraph');
  });

  it('drops nodes the schema does not know instead of failing the read', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(BODY_FIELD);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('kept')]);
    fragment.insert(0, [new Y.XmlElement('marquee'), paragraph]);
    expect(converter.toText(readBody(doc, schema))).toBe('kept');
  });
});
