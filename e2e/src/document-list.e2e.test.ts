import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

/** The relay's listing, asked directly (not through the page). */
async function relayDocNames(): Promise<string[]> {
  const response = await fetch(`${suite.relay.url}/api/docs`);
  const body = (await response.json()) as { docs: Array<{ name: string }> };
  return body.docs.map((doc) => doc.name);
}

/** Opens a new document, gives it `title` and waits until the relay has it. */
async function writeDoc(page: Page, title: string): Promise<string> {
  const name = uniqueDocId('list');
  const doc = editorPage(page);
  await doc.open(`/d/${name}`);
  await doc.title.click();
  await page.keyboard.type(title);
  await doc.statusIs('synced').waitFor();
  await waitFor(async () => (await relayDocNames()).includes(name), { what: `${name} stored on the relay` });
  return name;
}

const row = (page: Page, text: string) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem').filter({ hasText: text });

/** Goes home by the app's own link (no reload). */
async function goHome(page: Page) {
  await page.getByRole('link', { name: /Tandem/ }).first().click();
  await page.getByRole('heading', { name: 'Documents' }).waitFor();
}

describe('document list', () => {
  let alice: User;
  beforeAll(async () => {
    alice = await suite.user('Alice Martin');
  });

  it('[10.5] "New document" opened and left without typing stores nothing and is not listed', async () => {
    const { page } = alice;
    await page.goto('/');
    await page.getByRole('button', { name: 'New document' }).click();
    const doc = editorPage(page);
    await doc.body.waitFor();
    const name = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    // Let the page settle with the relay (whatever it shows), then leave without typing.
    await waitFor(async () => !['connecting'].includes((await doc.status.getAttribute('data-status')) ?? 'connecting'), { what: 'the page reaching the relay' });
    await goHome(page);
    await page.getByRole('list', { name: 'Documents' }).or(page.getByText('No documents yet')).first().waitFor();
    expect(await relayDocNames()).not.toContain(name);
    expect(await page.locator(`[data-doc-name="${name}"]`).count()).toBe(0);
    suite.expectNoErrors([alice]);
  });

  it('[10.5] the list shows documents others create without a reload; long titles have a tooltip', async () => {
    const { page } = alice;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    const bob = await suite.user('Bob Chen');
    const longTitle = `Bob's live list check with a title long enough that the list has to cut it short ${Date.now()}`;
    await writeDoc(bob.page, longTitle);
    // Polled while visible: appears within a few seconds, no reload.
    const title = row(page, "Bob's live list check").locator('.doc-list__title');
    await title.waitFor({ timeout: 15_000 });
    // The row can first show a title Bob is still typing: the list follows until it is whole.
    await waitFor(async () => (await title.getAttribute('title')) === longTitle, { what: 'the whole title as the tooltip' });
    expect(await title.getAttribute('title')).toBe(longTitle);
    suite.expectNoErrors([bob]);
    await bob.context.close();
  });

  it('[10.5] search asks the relay for matching documents', async () => {
    const { page } = alice;
    const stamp = Date.now().toString(36);
    await writeDoc(page, `Quarterly budget ${stamp}`);
    await writeDoc(page, `Team offsite ${stamp}`);
    await page.goto('/');
    await row(page, `Team offsite ${stamp}`).waitFor();
    const searched = page.waitForRequest((request) => new URL(request.url()).searchParams.get('q') === `budget ${stamp}`);
    await page.getByRole('searchbox', { name: 'Search documents' }).fill(`budget ${stamp}`);
    await searched;
    await row(page, `Team offsite ${stamp}`).waitFor({ state: 'detached' });
    expect(await row(page, `Quarterly budget ${stamp}`).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search documents' }).fill(`nothing like this ${stamp}`);
    await page.getByText(`No documents match “nothing like this ${stamp}”.`).waitFor();
    suite.expectNoErrors([alice]);
  });

  it('[10.5] rename from the list, and delete after confirming', async () => {
    const { page } = alice;
    const stamp = Date.now().toString(36);
    const name = await writeDoc(page, `Rename me ${stamp}`);
    await page.goto('/');
    await page.getByRole('button', { name: `Rename “Rename me ${stamp}”` }).click();
    const rename = page.getByRole('dialog', { name: 'Rename document' });
    await rename.getByRole('textbox', { name: 'Title' }).fill(`Renamed ${stamp}`);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await rename.waitFor({ state: 'detached' });
    await row(page, `Renamed ${stamp}`).waitFor();
    // The rename is in the document itself, for everyone.
    const reader = editorPage(await alice.newPage());
    await reader.open(`/d/${name}`);
    await waitFor(async () => (await reader.title.inputValue()) === `Renamed ${stamp}`, { what: 'the new title inside the document' });
    await reader.body.page().close();

    // Delete asks first; Cancel keeps the document.
    await page.getByRole('button', { name: `Delete “Renamed ${stamp}”` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “Renamed ${stamp}”?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await relayDocNames()).toContain(name);
    await page.getByRole('button', { name: `Delete “Renamed ${stamp}”` }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await row(page, `Renamed ${stamp}`).waitFor({ state: 'detached' });
    expect(await relayDocNames()).not.toContain(name);
    expect((await fetch(`${suite.relay.url}/api/docs/${name}`)).status).toBe(404);
    suite.expectNoErrors([alice]);
  });

  it('[10.5] with the relay unreachable the list shows the documents stored in this browser, marked as such', async () => {
    const { page } = alice;
    const stamp = Date.now().toString(36);
    const name = await writeDoc(page, `Kept in this browser ${stamp}`);
    await goHome(page);
    await row(page, `Kept in this browser ${stamp}`).waitFor();

    await suite.relay.stop();
    try {
      // The next poll fails: the list switches to this browser's documents and says so.
      await page.getByText('The relay cannot be reached. Showing the documents stored in this browser.').waitFor({ timeout: 15_000 });
      const kept = row(page, `Kept in this browser ${stamp}`);
      await kept.waitFor();
      expect(await kept.textContent()).toContain('In this browser');
      // Without the relay, rename and delete are not offered.
      expect(await kept.getByRole('button').count()).toBe(0);
      await page.locator(`[data-doc-name="${name}"] a`).click();
      await editorPage(page).body.waitFor();
    } finally {
      await suite.relay.start();
    }
    await goHome(page);
    await row(page, `Kept in this browser ${stamp}`).getByRole('button', { name: /Rename/ }).waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-list-source="local"]').count()).toBe(0);

    // Offline (no network at all) says so too.
    await alice.context.setOffline(true);
    try {
      await page.getByText('You are offline. Showing the documents stored in this browser.').waitFor({ timeout: 15_000 });
      await row(page, `Kept in this browser ${stamp}`).waitFor();
    } finally {
      await alice.context.setOffline(false);
    }
    // Chromium logs the failed requests of the polls while the relay was down.
    suite.expectNoErrors([alice], [/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|Failed to load resource|WebSocket/]);
  });
});
