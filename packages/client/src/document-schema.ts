/** The shared type TipTap's Collaboration extension binds (its default `field`). */
export const BODY_FIELD = 'default';
/** The shared text holding the document title; the relay reads it for the listing. */
export const TITLE_FIELD = 'title';
