import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fileStem } from './export-all';
import { loadEditorMarkdown } from './editor-markdown';

describe('export-all file names', () => {
  it('turn any document name into one safe file name, never a path', () => {
    expect(fileStem('plain')).toBe('plain');
    expect(fileStem('notes/2025?q#1')).toBe('notes%2F2025%3Fq%231');
    expect(fileStem('..')).toBe('%2E.');
    expect(fileStem('a*b')).toBe('a%2Ab');
    const long = fileStem('x'.repeat(1_000));
    expect(long.length).toBeLessThanOrEqual(180);
    expect(long).not.toBe(fileStem(`${'x'.repeat(999)}y`));
  });
});

describe('export-all Markdown', () => {
  it('is the editor schema\'s Markdown (marks and lists kept) under the title as a heading', async () => {
    const doc = new Y.Doc();
    doc.getText('title').insert(0, 'Plan');
    const item = (text: string) => {
      const li = new Y.XmlElement('listItem');
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      li.insert(0, [p]);
      return li;
    };
    const list = new Y.XmlElement('bulletList');
    list.insert(0, [item('one'), item('two')]);
    const bold = new Y.XmlText();
    bold.insert(0, 'plain ');
    bold.insert(6, 'bold', { bold: true });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [bold]);
    doc.getXmlFragment('default').insert(0, [paragraph, list, new Y.XmlElement('paragraph')]);
    const toMarkdown = await loadEditorMarkdown();
    expect(toMarkdown(doc)).toBe('# Plan\n\nplain **bold**\n\n- one\n- two\n');
  });
});
