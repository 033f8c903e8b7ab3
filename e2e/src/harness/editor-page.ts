import type { Locator, Page } from 'playwright-core';

/** Locators and actions of the document page, in the words a user would use. */
export function editorPage(page: Page) {
  const body = page.locator('.ProseMirror');
  return {
    body,
    title: page.getByLabel('Document title'),
    status: page.locator('[data-status]'),
    /** The page's document area: `loading`, `waiting` (no connection, nothing on this device), `refused` or `ready`. */
    documentState: (state: 'loading' | 'waiting' | 'refused' | 'ready') => page.locator(`[data-document-state="${state}"]`),
    /** The notice explaining a refusal (deleted, no access, invalid name). */
    refusal: page.locator('[data-refusal]'),
    presenceCount: page.locator('.presence__count'),
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
    /**
     * Puts the caret at the end of the body by clicking just inside the bottom-right corner
     * of its last block, as a person would. (Ctrl+End followed at once by Enter can race:
     * the editor handles Enter with the selection it had before it read the DOM's new one.)
     */
    async focusEnd() {
      const last = body.locator(':scope > *').last();
      const box = await last.boundingBox();
      if (!box) throw new Error('the editor has no block to click');
      await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
    },
  };
}

/** A document id unique to this run. */
export function uniqueDocId(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
