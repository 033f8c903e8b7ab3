import { nearestRank } from '../metrics/percentiles';
import type { EditorTab } from './editor-tab';
import { paintWatchScript } from './page-probes';
import { paragraphText } from './seed-document';

/** What one typing run measured. */
export interface RemotePaintRun {
  /** Keydown in the typist's tab → frame that painted the character in the observer's tab, ms, in keystroke order. */
  readonly latenciesMs: number[];
  /** Keystrokes the observer never painted within the deadline (should be 0). */
  readonly missing: number;
  /** Absolute times (ms, `performance.timeOrigin` based) of the first keydown and the last paint. */
  readonly windowStart: number;
  readonly windowEnd: number;
}

/** Options of one typing run. */
export interface RemotePaintOptions {
  readonly typist: EditorTab;
  readonly observer: EditorTab;
  /** Paragraph (0-based) at whose end the typist types. */
  readonly paragraphIndex: number;
  readonly keystrokes: number;
  /** Time between keystrokes: 100 ms is a fast typist (10 keys/s). */
  readonly intervalMs: number;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** How long the observer may take to paint the last keystroke before it counts as missing. */
const PAINT_DEADLINE_MS = 15_000;

/**
 * Types `keystrokes` letters, one key at a time, at the end of one paragraph in the typist's
 * tab and measures, per keystroke, how long until the observer's tab painted it. Both tabs
 * scroll the paragraph into view first, as two people looking at the same passage would.
 */
export async function measureRemotePaint(options: RemotePaintOptions): Promise<RemotePaintRun> {
  const { typist, observer, paragraphIndex, keystrokes, intervalMs } = options;
  const original = paragraphText(paragraphIndex);
  const typed = Array.from({ length: keystrokes }, (_, i) => ALPHABET[i % ALPHABET.length]).join('');
  const blockIndex = await scrollToParagraph(typist, original);
  await scrollToParagraph(observer, original);
  await observer.page.evaluate(paintWatchScript(original, typed));

  // Caret at the end of the paragraph, by a click as a person would, then End to be sure.
  const block = typist.page.locator('.ProseMirror > *').nth(blockIndex);
  const box = await block.boundingBox();
  if (!box) throw new Error(`paragraph ${paragraphIndex} has no box in the typist's tab`);
  await block.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await typist.page.keyboard.press('End');
  await typist.page.evaluate('window.__bench.keydowns.length = 0');

  const start = performance.now();
  for (let k = 0; k < typed.length; k += 1) {
    const due = start + k * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await typist.page.keyboard.press(typed[k] ?? 'a');
  }
  await observer.page
    .waitForFunction(`window.__bench.paints.filter((t) => t !== undefined).length >= ${keystrokes}`, undefined, { timeout: PAINT_DEADLINE_MS, polling: 50 })
    .catch(() => undefined);

  const keydowns = (await typist.page.evaluate('window.__bench.keydowns')) as number[];
  const paints = (await observer.page.evaluate('window.__bench.paints')) as (number | null)[];
  if (keydowns.length !== keystrokes) throw new Error(`the typist's tab saw ${keydowns.length} keydowns for ${keystrokes} keys`);
  const latenciesMs: number[] = [];
  let missing = 0;
  for (let k = 0; k < keystrokes; k += 1) {
    const painted = paints[k];
    if (typeof painted === 'number') latenciesMs.push(painted - (keydowns[k] ?? Number.NaN));
    else missing += 1;
  }
  const painted = paints.filter((t): t is number => typeof t === 'number');
  return { latenciesMs, missing, windowStart: keydowns[0] ?? Number.NaN, windowEnd: Math.max(...painted, keydowns[keydowns.length - 1] ?? 0) };
}

/** Scrolls the block whose text is `text` to the middle of the viewport; returns its index. */
async function scrollToParagraph(tab: EditorTab, text: string): Promise<number> {
  const index = (await tab.page.evaluate(`(() => {
    const blocks = Array.from(document.querySelector('.ProseMirror').children);
    const index = blocks.findIndex((block) => block.textContent === ${JSON.stringify(text)});
    if (index >= 0) blocks[index].scrollIntoView({ block: 'center' });
    return index;
  })()`)) as number;
  if (index < 0) throw new Error(`paragraph "${text.slice(0, 30)}…" not found`);
  return index;
}

/** p50 / p95 / max of a set of latencies, ms (NaN when empty). */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Nearest-rank summary of `samples`. */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, p50: nearestRank(sorted, 0.5), p95: nearestRank(sorted, 0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}
