export { createSqliteDocStore, type SqliteDocStore, type SqliteDocStoreOptions } from './sqlite-doc-store';
export type { SqliteSynchronous } from './open-database';
export { SCHEMA_VERSION } from './schema';
export { lockDirectory, DirectoryLockedError, LOCK_FILE_NAME, type DirectoryLock } from './directory-lock';
