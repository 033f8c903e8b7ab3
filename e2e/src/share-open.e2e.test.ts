import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';

// Auth off: nothing to mint. (Auth on, with the Share dialog, is share-dialog.e2e.test.ts.)
const suite = useE2eSuite();

describe('Share without auth', () => {
  it('[10.6] with auth off there is nothing to mint: Share copies the address and opens no dialog', async () => {
    const alice = await suite.user('Alice Martin');
    await alice.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.relay.url });
    const a = editorPage(alice.page);
    await a.open(`/d/${uniqueDocId('share-open')}`);
    await a.statusIs('synced').waitFor();
    await alice.page.getByRole('button', { name: 'Share' }).click();
    await alice.page.getByRole('button', { name: 'Link copied' }).waitFor();
    expect(await alice.page.getByRole('dialog').count()).toBe(0);
    expect(await alice.page.evaluate(() => navigator.clipboard.readText())).toBe(alice.page.url());
    suite.expectNoErrors([alice]);
  });
});
