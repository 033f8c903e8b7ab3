/** Test helpers for other packages' tests (apps/relay): never imported by production code. */
export { createTestSchema, TEST_DATABASE_URL, type TestSchema } from './test-database';
export { findPostgresBinDir, startPrivatePostgres, type PrivatePostgres } from './private-postgres';
