import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

describe('new documents', () => {
  it('[5] two tabs opening a brand-new document at the same moment do not duplicate its initial content', async () => {
    const alice = await suite.user('Alice Martin');
    const first = editorPage(alice.page);
    const second = editorPage(await alice.newPage());
    const path = `/d/${uniqueDocId('fresh')}`;
    await Promise.all([first.open(path), second.open(path)]);
    await Promise.all([first.statusIs('synced').waitFor(), second.statusIs('synced').waitFor()]);
    expect(await first.blocks()).toEqual(['']);
    expect(await second.blocks()).toEqual(['']);

    // Each tab writes into "its" first paragraph: it is the same paragraph, not two copies.
    await first.focusEnd();
    await alice.page.keyboard.type('one');
    await second.body.locator('p', { hasText: 'one' }).waitFor();
    await second.focusEnd();
    await second.body.page().keyboard.type(' two');
    for (const tab of [first, second]) {
      await waitFor(async () => JSON.stringify(await tab.blocks()) === JSON.stringify(['one two']), {
        what: 'one paragraph holding both tabs\' words',
        describe: () => tab.blocks(),
      });
    }

    // Someone else (no shared IndexedDB) gets the same single paragraph from the relay.
    const bob = await suite.user('Bob Chen');
    const other = editorPage(bob.page);
    await other.open(path);
    await waitFor(async () => JSON.stringify(await other.blocks()) === JSON.stringify(await first.blocks()), { what: 'Bob seeing the same document' });
    expect(await other.blocks()).toHaveLength(1);
    suite.expectNoErrors([alice, bob]);
  });

  it('[10.1] opening a document stores nothing and never says "unsynced changes"; the first keystroke does', async () => {
    const alice = await suite.user('Alice Martin');
    const page = editorPage(alice.page);
    const doc = uniqueDocId('opened-only');
    const listed = async () => {
      const response = await fetch(`${suite.relay.url}/api/docs`);
      return ((await response.json()) as { docs: Array<{ name: string }> }).docs.some((d) => d.name === doc);
    };
    const statuses: string[] = [];
    await alice.page.exposeFunction('__recordStatus', (text: string) => statuses.push(text));
    await alice.page.addInitScript(() => {
      new MutationObserver(() => {
        const label = document.querySelector('[data-status]')?.textContent ?? '';
        (window as unknown as { __recordStatus: (t: string) => void }).__recordStatus(label);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.open(`/d/${doc}`);
    await page.statusIs('synced').waitFor();
    expect(await listed()).toBe(false);
    expect(statuses.filter((text) => /unsynced|Saving/.test(text))).toEqual([]);

    await page.focusEnd();
    await alice.page.keyboard.type('x');
    await page.statusIs('synced').waitFor();
    await waitFor(listed, { what: 'the relay listing the document after the first edit' });
    suite.expectNoErrors([alice]);
  });

  it('a refusal close code stops reconnecting and tells the user why; "Try again" resumes', async () => {
    const alice = await suite.user('Alice Martin');
    // Keep a handle on the editor's sockets so the test can misbehave on its behalf.
    await alice.context.addInitScript(() => {
      const Native = window.WebSocket;
      const sockets: WebSocket[] = [];
      (window as unknown as { __sockets: WebSocket[] }).__sockets = sockets;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          sockets.push(this);
        }
      };
    });
    const page = editorPage(alice.page);
    await page.open(`/d/${uniqueDocId('refused')}`);
    await page.statusIs('synced').waitFor();
    // A text frame is not part of the protocol: the relay closes with 4400 BAD_MESSAGE.
    await alice.page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.at(-1)?.send('not binary'));
    await page.statusIs('stopped').waitFor();
    expect(await page.status.getAttribute('title')).toContain('could not understand this editor');
    expect(await alice.page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.length)).toBe(1);
    // Said on the page, not only in the pill's tooltip, and the editor no longer takes typing.
    await page.refusal.getByText('could not understand this editor').waitFor();
    expect(await page.body.getAttribute('contenteditable')).toBe('false');
    await page.refusal.getByRole('button', { name: 'Try again' }).click();
    await page.statusIs('synced').waitFor();
    await page.refusal.waitFor({ state: 'detached' });
    expect(await page.body.getAttribute('contenteditable')).toBe('true');
    expect(await alice.page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.length)).toBe(2);
    suite.expectNoErrors([alice]);
  });

  it('a key pressed right after the caret moved acts where the caret now is (busy machine)', async () => {
    const alice = await suite.user('Alice Martin');
    const page = editorPage(alice.page);
    await page.open(`/d/${uniqueDocId('caret')}`);
    await page.focusEnd();
    await alice.page.keyboard.type('first line');
    await page.body.locator('p', { hasText: 'first line' }).waitFor();
    await page.body.evaluate((root) => {
      // Put the caret after "first" and press Enter in the same task, before the browser's
      // selectionchange event can run: what a busy renderer does with a quick click and key.
      const text = root.querySelector('p')?.firstChild;
      if (!text) throw new Error('no text');
      const range = document.createRange();
      range.setStart(text, 'first'.length);
      range.collapse(true);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    });
    await waitFor(async () => JSON.stringify(await page.blocks()) === JSON.stringify(['first', ' line']), {
      what: 'Enter splitting at the caret',
      describe: () => page.blocks(),
    });
    suite.expectNoErrors([alice]);
  });
});
