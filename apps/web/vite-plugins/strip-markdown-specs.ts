import type { Plugin } from 'vite';

/** The extension fields only `@tiptap/markdown`'s MarkdownManager reads (see its `getExtensionField` calls). */
export const MARKDOWN_FIELDS = ['parseMarkdown', 'renderMarkdown', 'markdownTokenizer', 'markdownTokenName', 'markdownOptions'] as const;

const FIELD_SET: ReadonlySet<string> = new Set(MARKDOWN_FIELDS);

/** Just enough of ESTree for the walk below. */
export interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/**
 * Since TipTap 3.7 every node and mark carries its own Markdown parser and serializer
 * (`parseMarkdown`, `renderMarkdown`, …). The relay converts Markdown with them
 * (packages/doc-convert); the browser never loads `@tiptap/markdown` and so never reads
 * them, yet they and the helpers they call (ordered-list parsing, roman numerals, indented
 * blocks) sat in the editor chunk. In the browser build this plugin replaces those fields of
 * TipTap's extension configs with `undefined`; the helpers then have no caller and
 * tree-shaking drops them. The schema (names, attributes, parse and render rules) is untouched.
 * If the web app ever parses or writes Markdown itself, remove this plugin.
 */
export function stripMarkdownSpecs(): Plugin {
  return {
    name: 'tandem-strip-markdown-specs',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]@tiptap[\\/][^\\/]+[\\/]dist[\\/].*\.js$/.test(id) || !/arkdown/.test(code)) return null;
      const out = stripMarkdownFields(code, (source) => this.parse(source) as unknown as AstNode);
      if (out === code) return null;
      // Every other character keeps its line and column, so the package's own sourcemap still holds.
      return { code: out, map: null };
    },
  };
}

/** `code` with every Markdown field of its object literals set to `undefined`; same length and lines. */
export function stripMarkdownFields(code: string, parse: (code: string) => AstNode): string {
  let out = code;
  for (const { start, end, key } of markdownFieldRanges(parse(code)).sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + blankOut(out.slice(start, end), key) + out.slice(end);
  }
  return out;
}

/** The source ranges of every `<markdown field>: …` property (or method) of an object literal. */
export function markdownFieldRanges(root: AstNode): Array<{ start: number; end: number; key: string }> {
  const found: Array<{ start: number; end: number; key: string }> = [];
  const visit = (node: AstNode): void => {
    if (node.type === 'Property' && !node['computed']) {
      const key = node['key'] as AstNode & { name?: string; value?: unknown };
      const name = key.type === 'Identifier' ? key.name : typeof key.value === 'string' ? key.value : undefined;
      if (name !== undefined && FIELD_SET.has(name)) {
        found.push({ start: node.start, end: node.end, key: name });
        return; // nothing inside a dropped field matters
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) isNode(child) && visit(child);
      else if (isNode(value)) visit(value);
    }
  };
  visit(root);
  return found;
}

/**
 * `key: undefined` in place of the property `text`, padded with spaces so that it keeps its
 * length and its line breaks (JavaScript allows a line break between `key:` and `undefined`).
 * A property with no room for that stays as it is.
 */
export function blankOut(text: string, key: string): string {
  const value = 'undefined';
  const lines = text.split('\n');
  const out = lines.map((line) => ' '.repeat(line.length));
  const head = `${key}:`;
  if ((lines[0] ?? '').length < head.length) return text;
  let placed = false;
  for (let i = 0; i < lines.length && !placed; i += 1) {
    const used = i === 0 ? head.length + 1 : 0;
    if ((lines[i] ?? '').length - used >= value.length) {
      out[i] = (i === 0 ? `${head} ` : '') + value + ' '.repeat((lines[i] ?? '').length - used - value.length);
      placed = true;
    }
  }
  if (!placed) return text;
  if (!out[0]?.startsWith(head)) out[0] = head + (out[0] ?? '').slice(head.length);
  return out.join('\n');
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
