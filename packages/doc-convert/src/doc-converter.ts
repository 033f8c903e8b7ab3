import { getText, getTextSerializersFromSchema, type JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html/server';
import { MarkdownManager } from '@tiptap/markdown';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { createEditorSchema, type EditorSchema } from './editor-schema';
import { InvalidContentError } from './invalid-content-error';

/**
 * Converts between the editor's ProseMirror documents and Markdown, HTML, JSON and text with
 * TipTap's own libraries and the editor's schema: `@tiptap/markdown` (each extension's own
 * Markdown rules), `@tiptap/html` (the extensions' parse and render rules, on a scripting-free
 * happy-dom) and ProseMirror's JSON. Nothing here is a hand-written serializer.
 */
export interface DocConverter extends EditorSchema {
  toJson(body: ProseMirrorNode): JSONContent;
  toHtml(body: ProseMirrorNode): string;
  toMarkdown(body: ProseMirrorNode): string;
  /** Plain text, blocks separated by `blockSeparator` (default a blank line; diffs use one newline). */
  toText(body: ProseMirrorNode, blockSeparator?: string): string;
  /** Parses Markdown; throws InvalidContentError if the result does not fit the schema. */
  fromMarkdown(markdown: string): ProseMirrorNode;
  /** Parses HTML (no script runs, nothing is fetched); unknown elements keep their text. */
  fromHtml(html: string): ProseMirrorNode;
  /** Parses ProseMirror JSON; throws InvalidContentError if it does not fit the schema. */
  fromJson(json: unknown): ProseMirrorNode;
}

/** Creates a converter; build one and reuse it (building the schema is not free). */
export function createDocConverter(): DocConverter {
  const editorSchema = createEditorSchema();
  const { schema, extensions } = editorSchema;
  const markdown = new MarkdownManager({ extensions });
  const textSerializers = getTextSerializersFromSchema(schema);

  const fromJson = (json: unknown): ProseMirrorNode => {
    try {
      const node = schema.nodeFromJSON(json);
      node.check();
      if (node.type !== schema.topNodeType) throw new Error(`top node is ${node.type.name}, not ${schema.topNodeType.name}`);
      return node;
    } catch (error) {
      throw new InvalidContentError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  };

  return {
    ...editorSchema,
    toJson: (body) => body.toJSON() as JSONContent,
    toHtml: (body) => generateHTML(body.toJSON(), extensions),
    toMarkdown: (body) => markdown.serialize(body.toJSON()),
    toText: (body, blockSeparator = '\n\n') => getText(body, { blockSeparator, textSerializers }),
    fromMarkdown: (text) => fromJson(markdown.parse(text)),
    fromHtml: (html) => fromJson(generateJSON(html, extensions)),
    fromJson,
  };
}
