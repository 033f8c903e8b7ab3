export { createSchemaExtensions } from './schema-extensions';
export { BODY_FIELD, TITLE_FIELD } from './doc-fields';
