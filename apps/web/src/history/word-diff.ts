/** A character range `[start, end)`. */
export type TextRange = readonly [number, number];

/** Above this many token pairs the texts are not aligned word by word (the whole text counts as changed). */
const MAX_TOKEN_PAIRS = 250_000;

/**
 * Which words differ between two versions of one block's text: the ranges of `before` that
 * `after` does not have, and the ranges of `after` that `before` does not have (longest common
 * sequence of words and spaces). Lets a changed paragraph show only the words that changed.
 */
export function diffWords(before: string, after: string): { readonly before: TextRange[]; readonly after: TextRange[] } {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_TOKEN_PAIRS) return { before: before ? [[0, before.length]] : [], after: after ? [[0, after.length]] : [] };
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  const cell = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? cell(i + 1, j + 1) + 1 : Math.max(cell(i + 1, j), cell(i, j + 1));
    }
  }
  const onlyBefore = new RangeCollector();
  const onlyAfter = new RangeCollector();
  let i = 0;
  let j = 0;
  let posA = 0;
  let posB = 0;
  while (i < a.length || j < b.length) {
    const tokenA = a[i];
    const tokenB = b[j];
    if (tokenA !== undefined && tokenA === tokenB) {
      posA += tokenA.length;
      posB += tokenA.length;
      i++;
      j++;
    } else if (tokenA !== undefined && (tokenB === undefined || cell(i + 1, j) >= cell(i, j + 1))) {
      onlyBefore.add(posA, posA + tokenA.length);
      posA += tokenA.length;
      i++;
    } else if (tokenB !== undefined) {
      onlyAfter.add(posB, posB + tokenB.length);
      posB += tokenB.length;
      j++;
    }
  }
  return { before: onlyBefore.ranges, after: onlyAfter.ranges };
}

/** Words and the spaces between them, each a token. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Ranges merged as they are added in order. */
class RangeCollector {
  readonly ranges: Array<[number, number]> = [];
  add(start: number, end: number): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last && last[1] === start) last[1] = end;
    else this.ranges.push([start, end]);
  }
}

/**
 * Wraps the characters of `ranges` (offsets in `root`'s text) in elements made by `wrap`, across
 * however many text nodes (bold, links…) they span.
 */
export function wrapTextRanges(root: Node, ranges: readonly TextRange[], wrap: () => HTMLElement): void {
  if (ranges.length === 0) return;
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (!walker) return;
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let offset = 0;
  for (const text of texts) {
    const start = offset;
    const end = offset + text.data.length;
    offset = end;
    // Wrap from the end of the node backwards so earlier split points stay valid.
    const overlaps = ranges.filter(([from, to]) => from < end && to > start).reverse();
    for (const [from, to] of overlaps) {
      const localStart = Math.max(from, start) - start;
      const localEnd = Math.min(to, end) - start;
      const middle = text.splitText(localStart);
      middle.splitText(localEnd - localStart);
      const wrapper = wrap();
      middle.replaceWith(wrapper);
      wrapper.append(middle);
    }
  }
}
