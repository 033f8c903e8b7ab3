export { createSqliteDocStore, type SqliteDocStore, type SqliteDocStoreOptions } from './sqlite-doc-store';
export type { SqliteSynchronous } from './open-database';
export { SCHEMA_VERSION } from './schema';
export { backupSqliteDatabase, restoreSqliteDatabase, DatabaseInUseError, type CopyResult } from './sqlite-backup';
export { openSqliteReader, type SqliteReader } from './sqlite-reader';
export { lockDirectory, DirectoryLockedError, LOCK_FILE_NAME, type DirectoryLock } from './directory-lock';
