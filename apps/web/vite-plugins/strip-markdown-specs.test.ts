import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_FIELDS, blankOut, stripMarkdownFields, type AstNode } from './strip-markdown-specs';

const parse = (code: string) => parseAst(code) as unknown as AstNode;
const require = createRequire(import.meta.url);

describe('stripMarkdownSpecs (browser build only)', () => {
  it('sets property and method forms of the Markdown fields to undefined, leaving the rest', () => {
    const code = [
      'export const Bold = Mark.create({',
      '  name: "bold",',
      '  parseHTML() { return [{ tag: "strong" }]; },',
      '  markdownTokenName: "strong",',
      '  parseMarkdown: (token, helpers) => {',
      '    return helpers.applyMark("bold", helpers.parseInline(token.tokens || []));',
      '  },',
      '  renderMarkdown(node, h) { return `**${h.renderChildren(node)}**`; },',
      '});',
    ].join('\n');
    const out = stripMarkdownFields(code, parse);
    expect(out).toHaveLength(code.length);
    expect(out.split('\n').map((line) => line.length)).toEqual(code.split('\n').map((line) => line.length));
    const Mark = { create: (config: Record<string, unknown>) => config };
    const bold = new Function('Mark', `${out.replace('export const Bold =', 'return')}`)(Mark) as Record<string, unknown>;
    expect(bold['name']).toBe('bold');
    expect(typeof bold['parseHTML']).toBe('function');
    expect(bold['parseMarkdown']).toBeUndefined();
    expect(bold['renderMarkdown']).toBeUndefined();
    // Too short to rewrite in place: harmless, so it stays.
    expect(bold['markdownTokenName']).toBe('strong');
  });

  it('puts `undefined` on a later line when the first has no room, and gives up without any', () => {
    expect(blankOut('markdownTokenizer: {\n    name: "taskList",\n  }', 'markdownTokenizer')).toBe('markdownTokenizer:  \nundefined            \n   ');
    expect(blankOut('markdownOptions: {\n}', 'markdownOptions')).toBe('markdownOptions: {\n}');
  });

  it('removes every Markdown field from the real TipTap list extensions, which still parse', () => {
    const file = require.resolve('@tiptap/extension-list');
    const code = readFileSync(file, 'utf8');
    expect(code).toMatch(/renderMarkdown/);
    const out = stripMarkdownFields(code, parse);
    expect(() => parse(out)).not.toThrow();
    expect(out).toHaveLength(code.length);
    for (const field of MARKDOWN_FIELDS.filter((name) => name !== 'markdownTokenName')) {
      const left = out.match(new RegExp(`${field}\\s*[:(](?!\\s*undefined)`, 'g')) ?? [];
      expect({ field, left }).toEqual({ field, left: [] });
    }
    expect(out).toMatch(/parseHTML/);
  });
});
