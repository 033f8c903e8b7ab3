import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { artifactsDir } from './harness/paths';
import { mintToken } from './harness/relay-process';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const SECRET = 'e2e-share-secret-0123456789-0123456789-0123';
// Auth on: Share mints links. (Auth off, where Share only copies the address, is share-open.e2e.test.ts.)
const suite = useE2eSuite({ relayEnv: { TANDEM_AUTH_SECRET: SECRET } });

describe('Share dialog', () => {
  it('[10.6] an editor mints a view link with a chosen expiry, copies it, and sees who is here with which role', async () => {
    const doc = uniqueDocId('share');
    const aliceToken = mintToken(SECRET, ['--doc', doc, '--role', 'editor', '--sub', 'alice', '--name', 'Alice Martin', '--color', '#1c7ed6', '--ttl', '15m']);
    const alice = await suite.user('Alice Martin');
    await alice.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.relay.url });
    const a = editorPage(alice.page);
    await a.open(`/d/${doc}?token=${aliceToken}`);
    await a.title.click();
    await alice.page.keyboard.type('Launch checklist');
    await a.statusIs('synced').waitFor();

    await alice.page.getByRole('button', { name: 'Share' }).click();
    const dialog = alice.page.getByRole('dialog', { name: 'Share “Launch checklist”' });
    await dialog.waitFor();
    const people = dialog.getByRole('list', { name: 'People here' }).getByRole('listitem');
    await waitFor(async () => (await people.allTextContents()).join('|').includes('Alice Martin (you)Can edit'), {
      what: 'Alice listed as an editor',
      describe: () => people.allTextContents(),
    });

    await dialog.getByRole('radio', { name: 'Can view' }).check();
    await dialog.getByRole('combobox', { name: 'Link expires after' }).selectOption({ label: '1 day' });
    const created = alice.page.waitForRequest((request) => request.url().endsWith('/api/share') && request.method() === 'POST');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    expect((await created).postDataJSON()).toEqual({ doc, role: 'viewer', expiresInSeconds: 86_400 });
    const linkField = dialog.getByRole('textbox', { name: 'Share link' });
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toContain(`/d/${doc}?token=`);
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await alice.page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Bob opens the minted link: read-only, and Alice's dialog lists him as a viewer.
    const bob = await suite.user('Bob Chen');
    const b = editorPage(bob.page);
    await b.open(link.replace(/^https?:\/\/[^/]+/, ''));
    await bob.page.getByText('View only').waitFor();
    expect(await b.body.getAttribute('contenteditable')).toBe('false');
    await waitFor(async () => (await people.count()) === 2 && (await people.nth(1).textContent())?.endsWith('Can view'), {
      what: 'Bob listed as a viewer',
      describe: () => people.allTextContents(),
    });

    // The dialog with a margin of the dimmed page around it (docs/images/share-dialog.png is a copy).
    mkdirSync(artifactsDir, { recursive: true });
    const box = (await dialog.boundingBox())!;
    await alice.page.screenshot({
      path: join(artifactsDir, 'share-dialog.png'),
      clip: { x: box.x - 24, y: box.y - 24, width: box.width + 48, height: box.height + 48 },
    });

    // A viewer may share too, but never more than viewing.
    if ((await bob.page.getByRole('button', { name: 'Share' }).count()) > 0) {
      await bob.page.getByRole('button', { name: 'Share' }).click();
      const bobDialog = bob.page.getByRole('dialog');
      await bobDialog.waitFor();
      expect(await bobDialog.getByRole('radio', { name: 'Can edit' }).isDisabled()).toBe(true);
      await bob.page.keyboard.press('Escape');
      await bobDialog.waitFor({ state: 'detached' });
    }

    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    suite.expectNoErrors([alice, bob]);
  });
});
