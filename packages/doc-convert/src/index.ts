export * from './content';
export { createEditorSchema, type EditorSchema } from './editor-schema';
export { createDocConverter, type DocConverter } from './doc-converter';
