import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createSchemaExtensions } from '@tandem/doc-schema';

/** The editor's extensions and the ProseMirror schema built from them, built once. */
export interface EditorSchema {
  readonly extensions: AnyExtension[];
  readonly schema: Schema;
}

/** Builds the schema of the web editor from the shared extension list. */
export function createEditorSchema(): EditorSchema {
  const extensions = createSchemaExtensions();
  return { extensions, schema: getSchema(extensions) };
}
