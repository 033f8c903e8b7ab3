import type { DocConverter } from '@tandem/doc-convert';
import type { DocStore, Relay } from '@tandem/relay-core';
import type { AuthorizeDoc } from './doc-access';

/** What the document API routes are built from. */
export interface DocRoutesDeps {
  readonly relay: Relay;
  readonly store: DocStore;
  readonly authorizeDoc: AuthorizeDoc;
  readonly converter: DocConverter;
  /** Largest Markdown or HTML body accepted (TANDEM_MAX_IMPORT_BYTES). */
  readonly maxImportBytes: number;
  /** Largest Yjs update accepted: the same limit as one WebSocket message (TANDEM_MAX_MESSAGE_BYTES). */
  readonly maxUpdateBytes: number;
}
