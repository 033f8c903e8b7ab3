/** The parts of an OpenAPI document the README table is made of. */
interface OpenApiLike {
  readonly paths?: Record<string, Record<string, { readonly summary?: string; readonly responses?: Record<string, unknown> }>>;
}

const METHOD_ORDER = ['get', 'put', 'patch', 'post', 'delete'];

/**
 * The README's document API table, generated from the OpenAPI document: one row per
 * operation with its summary and its status codes. A test keeps README.md equal to it.
 */
export function formatApiTable(openapi: OpenApiLike): string {
  const rows = ['| method | path | what | statuses |', '|---|---|---|---|'];
  for (const [path, operations] of Object.entries(openapi.paths ?? {})) {
    const methods = Object.keys(operations).sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
    for (const method of methods) {
      const operation = operations[method]!;
      const statuses = Object.keys(operation.responses ?? {}).join(', ');
      rows.push(`| ${method.toUpperCase()} | \`${path}\` | ${operation.summary ?? ''} | ${statuses} |`);
    }
  }
  return rows.join('\n');
}
