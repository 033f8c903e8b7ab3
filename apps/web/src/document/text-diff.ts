/** The single splice that turns one string into another. */
export interface TextSplice {
  readonly index: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/**
 * The smallest single splice from `before` to `after` (common prefix and suffix kept). Applying
 * splices instead of replacing the whole Y.Text keeps a concurrent edit by someone else.
 */
export function diffText(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  let start = 0;
  const maxStart = Math.min(before.length, after.length);
  while (start < maxStart && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { index: start, deleteCount: endBefore - start, insert: after.slice(start, endAfter) };
}

/** A Yjs text delta: retain / insert / delete runs. */
export type TextDelta = ReadonlyArray<{ retain?: number; insert?: unknown; delete?: number }>;

/**
 * Where a caret at `index` ends up after someone else's change, so typing in the title is
 * not disturbed by a remote edit before the caret.
 */
export function transformIndex(index: number, delta: TextDelta): number {
  let position = 0;
  let result = index;
  for (const op of delta) {
    if (position > index) break;
    if (op.retain !== undefined) position += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      result += length;
      position += length;
    } else if (op.delete !== undefined) {
      result -= Math.min(op.delete, index - position);
    }
  }
  return Math.max(0, result);
}
