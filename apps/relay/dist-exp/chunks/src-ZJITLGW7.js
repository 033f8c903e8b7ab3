import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  EXPORT_FORMATS,
  FORMAT_MEDIA_TYPES,
  IMPORT_FORMATS,
  importFormatOf,
  isExportFormat,
  readBody,
  readTitle,
  writeBody,
  writeTitle
} from "./chunk-NSS2ADAN.js";
import {
  createDocConverter,
  createEditorSchema
} from "./chunk-HBYSXZTQ.js";
import {
  InvalidContentError
} from "./chunk-AVV6DORM.js";
import "./chunk-5MV72YBH.js";
import "./chunk-O56Q3G3K.js";
import "./chunk-7X6YPGIX.js";
export {
  EXPORT_FORMATS,
  FORMAT_MEDIA_TYPES,
  IMPORT_FORMATS,
  InvalidContentError,
  createDocConverter,
  createEditorSchema,
  importFormatOf,
  isExportFormat,
  readBody,
  readTitle,
  writeBody,
  writeTitle
};
