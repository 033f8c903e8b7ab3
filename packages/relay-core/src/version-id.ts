/**
 * The row id behind a version id, for stores that number their versions 1, 2, 3…: only the
 * canonical decimal form of a safe positive integer is one (so `'01'`, `'1e3'`, `' 1'` are not),
 * anything else is simply no version. Keeps every adapter's answer to odd ids the same.
 */
export function parseNumericVersionId(id: string): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(id)) return null;
  const value = Number(id);
  return Number.isSafeInteger(value) ? value : null;
}
