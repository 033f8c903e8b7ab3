import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openUser, unexpectedErrors, type User } from './harness/browser';
import { editorPage } from './harness/editor-page';
import { artifactsDir } from './harness/paths';
import { startRelay, type RelayProcess } from './harness/relay-process';

let relay: RelayProcess;
let browser: Browser;

beforeAll(async () => {
  [relay, browser] = await Promise.all([startRelay(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await relay?.dispose();
});

describe('two people editing one document', () => {
  let alice: User;
  let bob: User;
  let docPath: string;

  beforeAll(async () => {
    alice = await openUser(browser, relay.url, 'Alice Martin', '#1c7ed6');
    bob = await openUser(browser, relay.url, 'Bob Chen', '#c2255c');
  });

  afterAll(async () => {
    await alice?.context.close();
    await bob?.context.close().catch(() => undefined);
  });

  it('[1] text typed by one appears for the other within 1 s, with formatting', async () => {
    // Alice starts from the home page like a real user.
    await alice.page.goto('/');
    await alice.page.getByRole('button', { name: 'New document' }).click();
    await alice.page.waitForURL(/\/d\/[a-z2-9]{12}$/);
    docPath = new URL(alice.page.url()).pathname;
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.body.waitFor();
    await b.open(docPath);
    await a.statusIs('synced').waitFor();
    await b.statusIs('synced').waitFor();

    await a.title.fill('Q3 launch plan');
    await a.focusEnd();
    await alice.page.keyboard.type('We ship to the first ');
    await alice.page.keyboard.press('ControlOrMeta+B');
    await alice.page.keyboard.type('fifty teams');
    await alice.page.keyboard.press('ControlOrMeta+B');
    await alice.page.keyboard.type(' in September.');
    const typedAt = Date.now();
    await b.body.locator('p', { hasText: 'We ship to the first fifty teams in September.' }).waitFor({ timeout: 1_000 });
    await b.body.locator('strong', { hasText: 'fifty teams' }).waitFor({ timeout: 1_000 });
    expect(Date.now() - typedAt).toBeLessThan(1_000);
    // The title is part of the shared document: Bob sees the rename live.
    await bob.page.waitForFunction(() => (document.querySelector('[aria-label="Document title"]') as HTMLTextAreaElement | null)?.value === 'Q3 launch plan', undefined, { timeout: 1_000 });

    // And the other way round, with a toolbar button instead of a shortcut.
    await b.focusEnd();
    await bob.page.keyboard.press('Enter');
    await b.tool('Heading 2').click();
    await bob.page.keyboard.type('Risks');
    await a.body.locator('h2', { hasText: 'Risks' }).waitFor({ timeout: 1_000 });
    expect(await a.tool('Heading 2').getAttribute('aria-pressed')).toBe('false');
  });

  it('[2] each sees the other\'s named caret and both in the presence bar; leaving removes them', async () => {
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.body.click();
    await b.body.click();
    await a.caretLabel('Bob Chen').waitFor();
    await b.caretLabel('Alice Martin').waitFor();
    for (const page of [a, b]) {
      await page.peer('Alice Martin').waitFor();
      await page.peer('Bob Chen').waitFor();
    }

    await bob.context.close();
    await a.peer('Bob Chen').waitFor({ state: 'detached', timeout: 5_000 });
    await a.caretLabel('Bob Chen').waitFor({ state: 'detached', timeout: 5_000 });
    await a.peer('Alice Martin').waitFor();
    expect(unexpectedErrors(alice)).toEqual([]);
    expect(unexpectedErrors(bob)).toEqual([]);
  });
});
