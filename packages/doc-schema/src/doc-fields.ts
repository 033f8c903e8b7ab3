/**
 * Names of the shared types inside a document's `Y.Doc`. `@tandem/client` defines the same
 * two names for the browser; both describe one stored format, so they must never differ.
 */

/** The `Y.XmlFragment` TipTap's Collaboration extension binds (its default `field`). */
export const BODY_FIELD = 'default';

/** The `Y.Text` holding the document title, shown in the listing and the editor's heading. */
export const TITLE_FIELD = 'title';
