import { describe, expect, it } from 'vitest';
import { everyNodeDoc } from '@tandem/test-kit';
import { createDocConverter } from './doc-converter';
import { InvalidContentError } from './invalid-content-error';

const converter = createDocConverter();
const { schema } = converter;
const fixture = () => converter.fromJson(everyNodeDoc);

/** Every node and mark type name used anywhere in a JSON document. */
function typesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) for (const item of json) typesIn(item, found);
  else if (json && typeof json === 'object') {
    const { type } = json as { type?: unknown };
    if (typeof type === 'string') found.add(type);
    for (const value of Object.values(json)) typesIn(value, found);
  }
  return found;
}

describe('document conversion with the editor schema', () => {
  it('the fixture uses every node and mark of the editor schema', () => {
    const used = typesIn(everyNodeDoc);
    for (const name of [...Object.keys(schema.nodes), ...Object.keys(schema.marks)]) expect(used, name).toContain(name);
  });

  it('round-trips every node and mark through HTML', () => {
    const html = converter.toHtml(fixture());
    expect(converter.fromHtml(html).toJSON()).toEqual(fixture().toJSON());
  });

  it('round-trips every node and mark through Markdown', () => {
    const markdown = converter.toMarkdown(fixture());
    expect(converter.fromMarkdown(markdown).toJSON()).toEqual(fixture().toJSON());
  });

  it('writes Markdown people expect', () => {
    const markdown = converter.toMarkdown(fixture());
    expect(markdown).toContain('# Release notes');
    expect(markdown).toContain('**bold**');
    expect(markdown).toContain('[link](https://example.com/docs?a=1)');
    expect(markdown).toContain('- [x] Done');
    expect(markdown).toContain('3. Third');
    expect(markdown).toContain('```ts\nconst x = 1;');
  });

  it('keeps text that looks like Markdown or HTML as text, and empty paragraphs', () => {
    const body = converter.fromJson({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'a *not italic* <b>x</b> \\ [y] # z' }] }, { type: 'paragraph' }],
    });
    expect(converter.fromMarkdown(converter.toMarkdown(body)).toJSON()).toEqual(body.toJSON());
    expect(converter.fromHtml(converter.toHtml(body)).toJSON()).toEqual(body.toJSON());
  });

  it('exports plain text with blocks separated by blank lines', () => {
    const text = converter.toText(fixture());
    expect(text.startsWith('Release notes\n\nPlain, bold, italic')).toBe(true);
    expect(text).toContain('console.log(x * 2);');
    expect(converter.toText(fixture(), '\n').startsWith('Release notes\nPlain, bold, italic')).toBe(true);
  });

  it('parses HTML without running scripts and keeps the text of unknown elements', () => {
    const body = converter.fromHtml('<p>Hi <blink>there</blink><script>globalThis.pwned = 1</script><img src="http://127.0.0.1:1/x" onerror="globalThis.pwned = 2"></p>');
    expect(converter.toText(body)).toBe('Hi there');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('refuses JSON that does not fit the schema', () => {
    expect(() => converter.fromJson({ type: 'doc', content: [{ type: 'text', text: 'bare text in doc' }] })).toThrow(InvalidContentError);
    expect(() => converter.fromJson({ type: 'doc', content: [{ type: 'table' }] })).toThrow(InvalidContentError);
    expect(() => converter.fromJson({ type: 'paragraph' })).toThrow(InvalidContentError);
  });
});
