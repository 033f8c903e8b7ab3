import * as Y from 'yjs';

/** Turns a document into Markdown. The editor-schema converter plugs in here when it lands. */
export type MarkdownConverter = (doc: Y.Doc) => string;

/** Shared types of a Tandem document (see packages/client/src/document-seed.ts). */
const TITLE_FIELD = 'title';
const BODY_FIELD = 'default';

/** Block elements whose children are blocks, not inline text. */
const CONTAINERS = new Set(['bulletList', 'orderedList', 'taskList', 'listItem', 'taskItem', 'blockquote']);

/**
 * A plain-text fallback until the schema-aware converter exists: the title as a heading, then
 * one paragraph per text block (list items prefixed with "- "). Marks, links and tables are
 * dropped; the exported .yjs file keeps everything.
 */
export const plainTextMarkdown: MarkdownConverter = (doc) => {
  const title = doc.getText(TITLE_FIELD).toString().trim();
  const blocks: string[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText, prefix: string): void => {
    if (node instanceof Y.XmlText) {
      const text = textOf(node);
      if (text) blocks.push(prefix + text);
      return;
    }
    const name = node.nodeName;
    const childPrefix = name === 'listItem' || name === 'taskItem' ? `${prefix}- ` : name === 'blockquote' ? `${prefix}> ` : prefix;
    if (CONTAINERS.has(name)) {
      for (const child of node.toArray()) if (child instanceof Y.XmlElement || child instanceof Y.XmlText) visit(child, childPrefix);
      return;
    }
    const text = node.toArray().map((child) => (child instanceof Y.XmlText ? textOf(child) : child instanceof Y.XmlElement && child.nodeName === 'hardBreak' ? '\n' : '')).join('');
    const heading = name === 'heading' ? `${'#'.repeat(Number(node.getAttribute('level')) || 1)} ` : '';
    if (text.trim()) blocks.push(prefix + heading + text);
  };
  for (const node of doc.getXmlFragment(BODY_FIELD).toArray()) if (node instanceof Y.XmlElement || node instanceof Y.XmlText) visit(node, '');
  return `${[title ? `# ${title}` : null, ...blocks].filter((b) => b !== null).join('\n\n')}\n`;
};

/** The characters of a text node, without formatting. */
function textOf(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown }>).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}
