import type * as Y from 'yjs';

/** Turns a stored document (title + TipTap body) into Markdown. */
export type MarkdownConverter = (doc: Y.Doc) => string;

/**
 * The editor's own Markdown export (TipTap's serializer with the shared editor schema, as
 * `GET /api/docs/:name/content?format=markdown` uses), with the title as a level-1 heading.
 * Loaded on first use: the conversion libraries are the heaviest part of the relay.
 */
export async function loadEditorMarkdown(): Promise<MarkdownConverter> {
  const { createDocConverter, readBody, readTitle } = await import('@tandem/doc-convert');
  const converter = createDocConverter();
  return (doc) => {
    const title = readTitle(doc).trim();
    const body = converter.toMarkdown(readBody(doc, converter.schema)).trim();
    return `${[title ? `# ${title}` : '', body].filter(Boolean).join('\n\n')}\n`;
  };
}
