import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { artifactsDir, repoRoot } from './harness/paths';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

describe('version history', () => {
  it('[12] A names a version, both edit, A previews it with the difference highlighted, restores it live for B, and undoes the restore', async () => {
    const alice = await suite.user('Alice Martin');
    const bob = await suite.user('Bob Chen');
    const name = uniqueDocId('history');
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.open(`/d/${name}`);
    await a.title.click();
    await alice.page.keyboard.type('Launch plan');
    await a.body.click();
    await alice.page.keyboard.type('We ship on Monday.');
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Marketing prepares the post.');
    await b.open(`/d/${name}`);
    await waitFor(async () => (await b.blocks()).join('|') === 'We ship on Monday.|Marketing prepares the post.', { what: 'Bob seeing Alice’s text' });

    // A names the current state.
    await alice.page.getByRole('button', { name: 'Document menu' }).click();
    await alice.page.getByRole('menuitem', { name: 'Version history' }).click();
    const panel = alice.page.getByRole('complementary', { name: 'Version history' });
    await panel.getByLabel('Version name').fill('Draft sent to legal');
    await panel.getByRole('button', { name: 'Name current version' }).click();
    const named = panel.getByRole('list', { name: 'Versions' }).getByRole('button', { name: /Draft sent to legal/ });
    await named.waitFor();
    expect(await named.textContent()).toContain('Alice Martin');

    // Both edit: Bob changes the first line and the title, Alice adds a line.
    await b.body.locator('p').first().click();
    await bob.page.keyboard.press('End');
    await bob.page.keyboard.type(' Or Tuesday.');
    await b.title.click();
    await bob.page.keyboard.press('End');
    await bob.page.keyboard.type(' v2');
    await a.focusEnd();
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Legal asked for changes.');
    const edited = 'We ship on Monday. Or Tuesday.|Marketing prepares the post.|Legal asked for changes.';
    for (const page of [a, b]) await waitFor(async () => (await page.blocks()).join('|') === edited, { what: 'both edits everywhere', describe: () => page.blocks() });
    await waitFor(async () => (await a.title.inputValue()) === 'Launch plan v2', { what: 'Bob’s new title at Alice' });

    // A previews the named version: what differs from now is highlighted.
    await named.click();
    const preview = alice.page.getByRole('main', { name: 'Version preview' });
    await preview.waitFor();
    const versionOnly = preview.locator('[data-diff="version-only"]');
    const currentOnly = preview.locator('[data-diff="current-only"]');
    await waitFor(async () => (await versionOnly.allTextContents()).includes('We ship on Monday.'), { what: 'the old first line highlighted', describe: () => versionOnly.allTextContents() });
    expect(await versionOnly.allTextContents()).toEqual(['Launch plan', 'We ship on Monday.']);
    expect(await currentOnly.allTextContents()).toEqual(['Launch plan v2', 'We ship on Monday. Or Tuesday.', 'Legal asked for changes.']);
    // Inside the changed line only the words Bob added are marked.
    expect(await currentOnly.locator('.diff-word').allTextContents()).toEqual([' Or Tuesday.']);
    // The unchanged line is shown plainly.
    expect(await preview.locator('.diff-block:not([data-diff])').allTextContents()).toEqual(['Marketing prepares the post.']);
    await alice.page.mouse.move(0, 0);
    mkdirSync(artifactsDir, { recursive: true });
    const shot = join(artifactsDir, 'history-panel.png');
    await alice.page.screenshot({ path: shot });
    if (process.env['E2E_UPDATE_DOC_IMAGES'] === '1') copyFileSync(shot, join(repoRoot, 'docs/images/history-panel.png'));

    // A restores it: B sees the restored content and title live, and keeps typing.
    await preview.getByRole('button', { name: 'Restore this version' }).click();
    const restored = 'We ship on Monday.|Marketing prepares the post.';
    for (const page of [a, b]) await waitFor(async () => (await page.blocks()).join('|') === restored, { what: 'the restored version everywhere', describe: () => page.blocks() });
    await waitFor(async () => (await b.title.inputValue()) === 'Launch plan', { what: 'the restored title at Bob' });
    await b.body.locator('p').last().click();
    await bob.page.keyboard.press('End');
    await bob.page.keyboard.type(' Bob types on.');
    const afterBob = 'We ship on Monday.|Marketing prepares the post. Bob types on.';
    for (const page of [a, b]) await waitFor(async () => (await page.blocks()).join('|') === afterBob, { what: 'Bob typing after the restore', describe: () => page.blocks() });

    // A undoes the restore with their own Undo: body and title come back, Bob's new words stay.
    await alice.page.keyboard.press('Control+z');
    const undone = 'We ship on Monday. Or Tuesday.|Marketing prepares the post. Bob types on.|Legal asked for changes.';
    for (const page of [a, b]) await waitFor(async () => (await page.blocks()).join('|') === undone, { what: 'the restore undone everywhere', describe: () => page.blocks() });
    for (const page of [a, b]) await waitFor(async () => (await page.title.inputValue()) === 'Launch plan v2', { what: 'the title back', describe: () => page.title.inputValue() });
    suite.expectNoErrors([alice, bob]);
  });
});
