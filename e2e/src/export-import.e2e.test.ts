import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

/** The relay's own rendering of a document, asked directly (not through the page). */
async function relayContent(name: string, format: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${suite.relay.url}/api/docs/${encodeURIComponent(name)}/content?format=${format}`);
  return { status: response.status, text: await response.text() };
}

describe('export and import', () => {
  it('[12] "Export as Markdown" in the document menu downloads the document as Markdown', async () => {
    const alice = await suite.user('Alice Martin');
    const { page } = alice;
    const name = uniqueDocId('export');
    const doc = editorPage(page);
    await doc.open(`/d/${name}`);
    await doc.title.click();
    await page.keyboard.type('Launch plan');
    await doc.body.click();
    // Markdown shortcuts: "## " makes a heading, Ctrl+B bold.
    await page.keyboard.type('## Goals');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ship it ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('fast');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' and well');
    await waitFor(async () => (await relayContent(name, 'markdown')).text.includes('and well'), { what: 'the edit stored on the relay' });

    await page.getByRole('button', { name: 'Document menu' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('Launch plan.md');
    const path = await download.path();
    const markdown = await readFile(path, 'utf8');
    expect(markdown).toContain('## Goals');
    expect(markdown).toContain('Ship it **fast** and well');
    expect(markdown).toBe((await relayContent(name, 'markdown')).text);

    await page.getByRole('button', { name: 'Document menu' }).click();
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export as HTML' }).click()]);
    expect(html.suggestedFilename()).toBe('Launch plan.html');
    expect(await readFile(await html.path(), 'utf8')).toContain('<strong>fast</strong>');
    suite.expectNoErrors([alice]);
  });

  it('[12] "Import" on the home page makes a Markdown file a new document and opens it', async () => {
    const bob = await suite.user('Bob Chen');
    const { page } = bob;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    await page.getByLabel('Import a Markdown or HTML file').setInputFiles({
      name: 'release_notes.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Release 2.0\n\nWhat is **new**:\n\n- faster sync\n- [x] history\n'),
    });
    await page.waitForURL(/\/d\/[^/]+$/);
    const doc = editorPage(page);
    await doc.body.waitFor();
    await waitFor(async () => (await doc.blocks()).slice(0, 3).join('|') === 'Release 2.0|What is new:|faster sync', {
      what: 'the imported content in the editor',
      describe: () => doc.blocks(),
    });
    expect(await doc.body.locator('ul[data-type="taskList"] li[data-checked="true"]').textContent()).toContain('history');
    expect(await doc.title.inputValue()).toBe('release notes');
    expect(await doc.body.locator('strong').textContent()).toBe('new');
    const name = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const stored = await relayContent(name, 'markdown');
    expect(stored.status).toBe(200);
    expect(stored.text).toContain('# Release 2.0');
    suite.expectNoErrors([bob]);
  });

  it('[12] dropping an HTML file onto the home page imports it', async () => {
    const carol = await suite.user('Carol Diaz');
    const { page } = carol;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    // A drop as the browser delivers it: dragover (accepted), then drop with the file.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['<h2>Agenda</h2><p>Item <em>one</em></p>'], 'Agenda.html', { type: 'text/html' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    });
    await page.waitForURL(/\/d\/[^/]+$/);
    const doc = editorPage(page);
    await waitFor(async () => (await doc.blocks()).join('|') === 'Agenda|Item one', { what: 'the dropped file in the editor' });
    expect(await doc.body.locator('h2').textContent()).toBe('Agenda');
    expect(await doc.title.inputValue()).toBe('Agenda');
    suite.expectNoErrors([carol]);
  });
});
