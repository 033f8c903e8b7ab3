export { createDocConverter, InvalidContentError, type DocConverter } from './doc-converter';
export { createEditorSchema, type EditorSchema } from './editor-schema';
export { readBody, writeBody } from './body-fragment';
export {
  EXPORT_FORMATS,
  IMPORT_FORMATS,
  FORMAT_MEDIA_TYPES,
  isExportFormat,
  importFormatOf,
  type ExportFormat,
  type ImportFormat,
} from './doc-formats';
export { readTitle, writeTitle } from './title-text';
