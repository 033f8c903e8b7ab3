/** Formats a document's content can be exported as (`GET …/content?format=`). */
export const EXPORT_FORMATS = ['markdown', 'html', 'json', 'text', 'yjs'] as const;
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats a document's body can be replaced from (`PUT …/content`). */
export const IMPORT_FORMATS = ['markdown', 'html', 'yjs'] as const;
/** One import format. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The media type of each format, as sent and as accepted. */
export const FORMAT_MEDIA_TYPES = {
  markdown: 'text/markdown',
  html: 'text/html',
  json: 'application/json',
  text: 'text/plain',
  yjs: 'application/octet-stream',
} as const satisfies Record<ExportFormat, string>;

/** Whether `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The import format of a request's `Content-Type` (parameters such as charset ignored), or null. */
export function importFormatOf(contentType: string | undefined): ImportFormat | null {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  for (const format of IMPORT_FORMATS) if (FORMAT_MEDIA_TYPES[format] === mediaType) return format;
  return null;
}
