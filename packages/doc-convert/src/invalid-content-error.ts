/**
 * Content that cannot become a document of the editor's schema. In its own module so code that
 * only catches it (the relay's routes) does not load the converter's libraries.
 */
export class InvalidContentError extends Error {
  override readonly name = 'InvalidContentError';
}
