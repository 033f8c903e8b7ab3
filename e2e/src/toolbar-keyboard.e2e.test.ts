import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

/** The accessible name of the focused element, and whether it sits in the formatting toolbar. */
function focused(page: Page): Promise<{ label: string; inToolbar: boolean; tag: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      inToolbar: Boolean(element?.closest('[role="toolbar"]')),
      tag: element?.tagName ?? '',
    };
  });
}

/**
 * Presses Tab until focus enters the toolbar or passes it (the title is the stop after it);
 * Shift+Tab from the body until it enters the toolbar or passes it (to the header).
 */
async function tabToToolbar(page: Page, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press(key);
    const where = await focused(page);
    if (where.inToolbar) return where;
    if (key === 'Tab' && where.label === 'Document title') return where;
    if (key === 'Shift+Tab' && where.label !== 'Document title' && where.label !== 'Document body') return where;
  }
  throw new Error('Tab never reached the toolbar or the title');
}

describe('formatting toolbar, keyboard only (WAI-ARIA toolbar pattern)', () => {
  it('[3] one Tab stop on the first enabled button; arrows skip disabled ones; Home/End; the stop follows the last button used', async () => {
    const alice = await suite.user('Alice Martin');
    const { page } = alice;
    const doc = editorPage(page);
    await doc.open(`/d/${uniqueDocId('toolbar')}`);
    await doc.tool('Bold').waitFor();
    // A fresh document: nothing to undo or redo, so both are disabled.
    expect(await doc.tool('Undo').isDisabled()).toBe(true);
    expect(await doc.tool('Redo').isDisabled()).toBe(true);

    // From the top of the page, Tab must stop in the toolbar, on its first enabled button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const landed = await tabToToolbar(page);
    expect(landed).toMatchObject({ inToolbar: true, label: 'Heading 1' });

    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe('Heading 2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    // Wraps around past the disabled Undo/Redo to the last button.
    expect((await focused(page)).label).toBe('Divider');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe('Heading 1');
    await page.keyboard.press('End');
    expect((await focused(page)).label).toBe('Divider');
    await page.keyboard.press('Home');
    expect((await focused(page)).label).toBe('Heading 1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toBe('Heading 3');

    // The whole toolbar is one Tab stop: the next Tab leaves it for the title.
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Document title');
    // Coming back lands on the button used last.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ inToolbar: true, label: 'Heading 3' });

    // Type into the body, keyboard only: Tab to the title, Enter moves into the body.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Draft');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hello');
    await doc.body.locator('p', { hasText: 'hello' }).waitFor();
    await waitFor(() => doc.tool('Undo').isEnabled(), { what: 'Undo enabled after typing' });

    // Now Undo is enabled: Home reaches it, and Enter on it undoes the typing.
    const back = await tabToToolbar(page, 'Shift+Tab');
    expect(back.inToolbar).toBe(true);
    await page.keyboard.press('Home');
    expect((await focused(page)).label).toBe('Undo');
    await page.keyboard.press('Enter');
    await waitFor(async () => !(await doc.blocks()).join('').includes('hello'), {
      what: 'Undo by keyboard removing the typed text',
      describe: () => doc.blocks(),
    });
    suite.expectNoErrors([alice]);
    await alice.context.close();
  });

  it('[3] arrow keys inside the link popover move its caret, not the toolbar focus', async () => {
    const alice = await suite.user('Alice Martin');
    const { page } = alice;
    const doc = editorPage(page);
    await doc.open(`/d/${uniqueDocId('toolbar-link')}`);
    await doc.focusEnd();
    await page.keyboard.type('see docs');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog').getByRole('textbox').first();
    await input.waitFor();
    await page.keyboard.type('example.org');
    await page.keyboard.press('Home');
    await page.keyboard.type('https://');
    expect(await input.inputValue()).toBe('https://example.org');
    suite.expectNoErrors([alice]);
    await alice.context.close();
  });
});
