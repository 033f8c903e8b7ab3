export { createPostgresDocStore, type PostgresDocStore, type PostgresDocStoreOptions } from './postgres-doc-store';
export { SCHEMA_VERSION } from './migrations';
export { redactUrl } from './open-pool';
