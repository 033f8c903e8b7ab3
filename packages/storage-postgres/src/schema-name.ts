/** Identifiers the store may be configured with: a plain lower-case PostgreSQL identifier. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Validates a schema name and returns it double-quoted for SQL. Identifiers cannot be bound as
 * parameters, so only names that need no escaping at all are accepted.
 */
export function quoteSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new RangeError(`schema "${schema}" must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63 characters)`);
  }
  return `"${schema}"`;
}
