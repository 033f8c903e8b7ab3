import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

const MOBILE = { width: 390, height: 844 } as const;

/** WCAG contrast ratio of two CSS colours as the browser computed them (`rgb(…)` / `rgba(…)`, opaque background). */
function contrastRatio(foreground: string, background: string): number {
  const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const [br = 0, bg = 0, bb = 0] = parse(background);
  const [fr = 0, fg = 0, fb = 0, alpha = 1] = parse(foreground);
  // Blend a translucent foreground over the background, as it is painted.
  const blended = [fr * alpha + br * (1 - alpha), fg * alpha + bg * (1 - alpha), fb * alpha + bb * (1 - alpha)];
  const luminance = ([r, g, b]: number[]) =>
    [r, g, b]
      .map((channel) => (channel ?? 0) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [light, dark] = [luminance(blended), luminance([br, bg, bb])].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The interactive controls on screen smaller than `min` px in either direction (text links inside the document excepted). */
async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input:not([type="radio"]):not([type="checkbox"]), select, [role="button"]');
    return Array.from(controls).flatMap((element) => {
      if (element.closest('.ProseMirror')) return [];
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('.visually-hidden')) return [];
      if (box.bottom < 0 || box.top > window.innerHeight) return [];
      if (box.width >= minPx && box.height >= minPx) return [];
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName;
      return [`${name} (${Math.round(box.width)}×${Math.round(box.height)})`];
    });
  }, min);
}

describe('reading comfort', () => {
  let alice: User;
  beforeAll(async () => {
    alice = await suite.user('Alice Martin');
  });

  it('[10.7] a new document puts the caret in its title', async () => {
    const { page } = alice;
    await page.goto('/');
    await page.getByRole('button', { name: 'New document' }).click();
    const doc = editorPage(page);
    await doc.body.waitFor();
    await waitFor(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Document title'), {
      what: 'the title focused',
      describe: () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)),
    });
    await page.keyboard.type('Straight into the title');
    expect(await doc.title.inputValue()).toBe('Straight into the title');
    // An existing document does not steal the caret into its title.
    await page.reload();
    await doc.body.waitFor();
    await doc.statusIs('synced').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('Document title');
  });

  it('[10.7] paragraphs are spaced; placeholders are readable (contrast ≥ 4.5:1)', async () => {
    const { page } = alice;
    const doc = editorPage(page);
    await doc.open(`/d/${uniqueDocId('comfort')}`);
    await doc.statusIs('synced').waitFor();

    const sheetBackground = await page.locator('.sheet').evaluate((sheet) => getComputedStyle(sheet).backgroundColor);
    const titlePlaceholder = await doc.title.evaluate((title) => getComputedStyle(title, '::placeholder').color);
    const bodyPlaceholder = await doc.body.locator('.is-empty').evaluate((p) => getComputedStyle(p, '::before').color);
    expect(contrastRatio(titlePlaceholder, sheetBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(bodyPlaceholder, sheetBackground)).toBeGreaterThanOrEqual(4.5);

    await doc.focusEnd();
    await page.keyboard.type('First paragraph.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second paragraph.');
    const paragraphs = doc.body.locator('p');
    await paragraphs.nth(1).waitFor();
    const [first, second] = await Promise.all([paragraphs.nth(0).boundingBox(), paragraphs.nth(1).boundingBox()]);
    const fontSize = await paragraphs.nth(0).evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    // A visible gap between paragraphs, at least half a line's font size.
    expect(second!.y - (first!.y + first!.height)).toBeGreaterThanOrEqual(fontSize * 0.5);

    const searchBackground = 'rgb(255, 255, 255)';
    await page.goto('/');
    const searchPlaceholder = await page.getByRole('searchbox', { name: 'Search documents' }).evaluate((input) => getComputedStyle(input, '::placeholder').color);
    expect(contrastRatio(searchPlaceholder, searchBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('[10.7] someone else\'s caret name tag does not cover the line above once they pause', async () => {
    const bob = await suite.user('Bob Chen');
    const path = `/d/${uniqueDocId('caret-tag')}`;
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.open(path);
    await a.focusEnd();
    await alice.page.keyboard.type('The line above, which Alice is reading.');
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('x');
    await b.open(path);
    await b.body.locator('p', { hasText: 'x' }).waitFor();
    await b.focusEnd();
    await bob.page.keyboard.type(' Bob types here');
    await a.body.locator('p', { hasText: 'Bob types here' }).waitFor();
    const label = a.caretLabel('Bob Chen');
    // While Bob types his name shows; once he pauses it folds away.
    await label.waitFor();
    await waitFor(() => label.evaluate((element) => getComputedStyle(element).visibility === 'hidden' || getComputedStyle(element).opacity === '0'), {
      timeoutMs: 8_000,
      what: 'the name tag folding away after Bob paused',
    });
    // What stays visible of his caret sits inside his own line, clear of the text above.
    const above = await a.body.locator('p').nth(0).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = Array.from(range.getClientRects());
      return Math.max(...rects.map((rect) => rect.bottom));
    });
    const caretTop = await alice.page.locator('.collaboration-carets__caret').first().evaluate((caret) => {
      const box = caret.getBoundingClientRect();
      const marker = getComputedStyle(caret, '::before');
      return box.top + (marker.content !== 'none' ? parseFloat(marker.top) || 0 : 0);
    });
    expect(caretTop).toBeGreaterThanOrEqual(above);
    suite.expectNoErrors([bob]);
    await bob.context.close();
  });

  it('[10.7] "Only you" stays on one line next to a long title', async () => {
    const { page } = alice;
    const doc = editorPage(page);
    await doc.open(`/d/${uniqueDocId('long-title')}`);
    await doc.title.click();
    await page.keyboard.type('A very long document title that goes on and on well past what the header can show in one line of text');
    const count = page.locator('.presence__count');
    await count.waitFor();
    for (const width of [1360, 1024, 800]) {
      await page.setViewportSize({ width, height: 860 });
      const lines = await count.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
      });
      expect({ width, lines }).toEqual({ width, lines: 1 });
    }
    await page.setViewportSize({ width: 1360, height: 860 });
  });

  it('[10.7] no document text shows around the floating toolbar while scrolling', async () => {
    const { page } = alice;
    const doc = editorPage(page);
    await doc.open(`/d/${uniqueDocId('scroll')}`);
    await doc.focusEnd();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.insertText(`Line ${i} of a long text that will scroll under the toolbar.`);
      await page.keyboard.press('Enter');
    }
    await doc.body.locator('p', { hasText: 'Line 29 ' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 400));
    await waitFor(() => page.evaluate(() => window.scrollY >= 400), { what: 'the page scrolled' });
    await expectOnlyBackgroundAroundToolbar(page);

    // And on a phone.
    await page.setViewportSize(MOBILE);
    await page.evaluate(() => window.scrollTo(0, 600));
    await expectOnlyBackgroundAroundToolbar(page);
    await page.setViewportSize({ width: 1360, height: 860 });
  });

  it('[10.7] on a phone (390×844) every control is at least 44 px both ways', async () => {
    const { page } = alice;
    await page.setViewportSize(MOBILE);
    try {
      await page.goto('/');
      await page.getByRole('heading', { name: 'Documents' }).waitFor();
      await page.getByRole('list', { name: 'Documents' }).waitFor();
      expect(await smallTargets(page, 44)).toEqual([]);

      const doc = editorPage(page);
      await doc.open(`/d/${uniqueDocId('touch')}`);
      await doc.statusIs('synced').waitFor();
      await doc.focusEnd();
      await page.keyboard.type('Something to undo');
      await doc.tool('Undo').waitFor();
      expect(await smallTargets(page, 44)).toEqual([]);
      // The toolbar stays one row you can swipe, not a wall of buttons over the text.
      const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
      const box = await toolbar.boundingBox();
      expect(box!.height).toBeLessThan(44 * 2);
      expect(box!.width).toBeLessThanOrEqual(MOBILE.width);
    } finally {
      await page.setViewportSize({ width: 1360, height: 860 });
    }
    suite.expectNoErrors([alice]);
  });
});

/**
 * Reads the pixels of the band between the header and the toolbar's bottom, left and right of
 * the toolbar, and fails if any is not the page background (document text showing through).
 */
async function expectOnlyBackgroundAroundToolbar(page: Page) {
  const toolbar: Locator = page.getByRole('toolbar', { name: 'Formatting' });
  const header = await page.locator('.topbar').boundingBox();
  const bar = await toolbar.boundingBox();
  if (!header || !bar) throw new Error('no header or toolbar');
  const viewport = page.viewportSize()!;
  const top = header.y + header.height + 1;
  const bottom = bar.y + bar.height;
  const strips = [
    { x: 0, y: top, width: Math.max(1, bar.x - 4), height: bottom - top },
    { x: bar.x + bar.width + 4, y: top, width: Math.max(1, viewport.width - (bar.x + bar.width + 4)), height: bottom - top },
    { x: 0, y: top, width: viewport.width, height: Math.max(1, bar.y - 2 - top) },
  ].filter((strip) => strip.width > 2 && strip.height > 2);
  expect(strips.length).toBeGreaterThan(0);
  for (const clip of strips) {
    const png = (await page.screenshot({ clip })).toString('base64');
    // Decode in the page (a canvas), so the test needs no image library.
    const colours = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<string>();
      for (let i = 0; i < pixels.length; i += 4) seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
      return [...seen];
    }, png);
    // Only the page background (and the toolbar's soft shadow: light, near-background tones).
    const dark = colours.filter((colour) => colour.split(',').map(Number).some((channel) => channel < 200));
    expect({ clip, dark: dark.slice(0, 5) }).toEqual({ clip, dark: [] });
  }
}
