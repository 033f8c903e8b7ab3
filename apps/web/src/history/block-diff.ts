import type { JSONContent } from '@tiptap/core';

/** A top-level block of the preview: in both documents, only in the version, or only in the current one. */
export interface DiffBlock {
  readonly kind: 'equal' | 'version-only' | 'current-only';
  readonly block: JSONContent;
}

/** Above this many block pairs the middle is not aligned block by block (it is shown as replaced). */
const MAX_ALIGNED_PAIRS = 4_000_000;

/**
 * Compares two documents block by block (top-level paragraphs, headings, lists…), keeping the
 * longest common sequence of identical blocks: the rest is what changed. Blocks only in the
 * version come before the current blocks that replaced them, so a changed paragraph reads
 * "was / is now".
 */
export function diffBlocks(version: JSONContent, current: JSONContent): DiffBlock[] {
  const before = version.content ?? [];
  const after = current.content ?? [];
  const keysBefore = before.map(blockKey);
  const keysAfter = after.map(blockKey);
  let start = 0;
  while (start < before.length && start < after.length && keysBefore[start] === keysAfter[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && keysBefore[endBefore - 1] === keysAfter[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const result: DiffBlock[] = before.slice(0, start).map((block) => ({ kind: 'equal', block }));
  result.push(...alignMiddle(before.slice(start, endBefore), after.slice(start, endAfter), keysBefore.slice(start, endBefore), keysAfter.slice(start, endAfter)));
  result.push(...before.slice(endBefore).map((block) => ({ kind: 'equal' as const, block })));
  return result;
}

/** Whether any block differs. */
export function hasChanges(blocks: readonly DiffBlock[]): boolean {
  return blocks.some((block) => block.kind !== 'equal');
}

function alignMiddle(before: JSONContent[], after: JSONContent[], keysBefore: string[], keysAfter: string[]): DiffBlock[] {
  if (before.length * after.length > MAX_ALIGNED_PAIRS) {
    return [...before.map((block) => ({ kind: 'version-only' as const, block })), ...after.map((block) => ({ kind: 'current-only' as const, block }))];
  }
  // Longest common subsequence table, filled from the end: cell(i, j) is the length for before[i..], after[j..].
  const width = after.length + 1;
  const table = new Uint32Array((before.length + 1) * width);
  const cell = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i * width + j] = keysBefore[i] === keysAfter[j] ? cell(i + 1, j + 1) + 1 : Math.max(cell(i + 1, j), cell(i, j + 1));
    }
  }
  const result: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const old = before[i];
    const now = after[j];
    if (old && now && keysBefore[i] === keysAfter[j]) {
      result.push({ kind: 'equal', block: old });
      i++;
      j++;
    } else if (old && (!now || cell(i + 1, j) >= cell(i, j + 1))) {
      result.push({ kind: 'version-only', block: old });
      i++;
    } else if (now) {
      result.push({ kind: 'current-only', block: now });
      j++;
    } else {
      return result;
    }
  }
}

function blockKey(block: JSONContent): string {
  return JSON.stringify(block);
}
