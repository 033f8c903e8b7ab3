/**
 * Structural equality for the values `useEditorState` selectors return: primitives, plain
 * objects and arrays (compared key by key, recursively). Stands in for `fast-equals`'
 * `deepEqual`, the only thing @tiptap/react imports from it (vite.config.ts aliases the
 * package here), at a tenth of the bytes. Anything else (Dates, Maps, class instances) is
 * compared by identity, which can only cause an extra re-render, never a missed one.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
