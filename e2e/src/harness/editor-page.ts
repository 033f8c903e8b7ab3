import type { Locator, Page } from 'playwright-core';

/** Locators and actions of the document page, in the words a user would use. */
export function editorPage(page: Page) {
  const body = page.locator('.ProseMirror');
  return {
    body,
    title: page.getByLabel('Document title'),
    status: page.locator('[data-status]'),
    statusIs: (kind: string) => page.locator(`[data-status="${kind}"]`),
    presence: page.locator('.presence__list'),
    peer: (name: string) => page.locator(`.presence__list [data-peer-name="${name}"]`),
    caretLabel: (name: string) => page.locator('.collaboration-carets__label', { hasText: name }),
    tool: (label: string): Locator => page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: label, exact: true }),
    /** Text of each top-level block, without the name labels of other people's carets. */
    blocks: (): Promise<string[]> =>
      body.evaluate((root) =>
        Array.from(root.children, (block) => {
          const copy = block.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
          return copy.textContent ?? '';
        }),
      ),
    /** Opens `path` and waits until the editor is on screen. */
    async open(path: string) {
      await page.goto(path);
      await body.waitFor();
    },
    /** Clicks into the body at its end. */
    async focusEnd() {
      await body.click();
      await page.keyboard.press('ControlOrMeta+End');
    },
  };
}

/** A document id unique to this run. */
export function uniqueDocId(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
