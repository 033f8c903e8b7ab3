import { beforeAll, describe, expect, it } from 'vitest';
import { type User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();
let alice: User;
let bob: User;

beforeAll(async () => {
  alice = await suite.user('Alice Martin');
  bob = await suite.user('Bob Chen');
});

describe('offline editing', () => {
  it('[3] edits made offline survive a reload and merge with everyone else\'s when back online', async () => {
    const path = `/d/${uniqueDocId('offline')}`;
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.open(path);
    await b.open(path);
    await a.focusEnd();
    await alice.page.keyboard.type('Shared start.');
    await b.body.locator('p', { hasText: 'Shared start.' }).waitFor();
    await a.statusIs('synced').waitFor();
    // The service worker must control the page before a reload without network can work.
    await alice.page.locator('html[data-offline-ready="true"]').waitFor({ state: 'attached' });

    await alice.context.setOffline(true);
    await a.statusIs('offline').waitFor();
    await a.focusEnd();
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Written on a plane by Alice.');
    await a.status.filter({ hasText: 'unsynced' }).waitFor();

    await alice.page.reload();
    await a.body.locator('p', { hasText: 'Written on a plane by Alice.' }).waitFor();
    await a.statusIs('offline').filter({ hasText: 'unsynced' }).waitFor();

    // Meanwhile Bob keeps writing, and does not see Alice's offline text.
    await b.focusEnd();
    await bob.page.keyboard.press('Enter');
    await bob.page.keyboard.type('Bob wrote this while Alice was away.');
    expect((await b.blocks()).join('\n')).not.toContain('Written on a plane');

    await alice.context.setOffline(false);
    for (const page of [a, b]) {
      await waitFor(
        async () => {
          const text = (await page.blocks()).join('\n');
          return text.includes('Shared start.') && text.includes('Written on a plane by Alice.') && text.includes('Bob wrote this while Alice was away.');
        },
        {
          timeoutMs: 10_000,
          what: 'both edits on both sides',
          describe: async () => ({
            alice: [await a.status.getAttribute('data-status'), await a.blocks()],
            bob: [await b.status.getAttribute('data-status'), await b.blocks()],
          }),
        },
      );
    }
    await a.statusIs('synced').waitFor({ timeout: 10_000 });
    expect(await a.blocks()).toEqual(await b.blocks());
    // Not even the offline user logged an error: no connection is attempted while offline.
    suite.expectNoErrors([alice, bob]);
  });
});
