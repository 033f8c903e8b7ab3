/**
 * Everything of this package except the converter itself: formats, the body and title
 * bindings and the error type. Importing only this keeps TipTap's HTML and Markdown libraries
 * and happy-dom (~40 MB, most of the relay's start-up) out of a process until it converts.
 */
export { InvalidContentError } from './invalid-content-error';
// Type only: erased at build, so it does not load the converter.
export type { DocConverter } from './doc-converter';
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
