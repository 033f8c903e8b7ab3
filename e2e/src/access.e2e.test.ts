import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openUser, unexpectedErrors } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { mintToken, startRelay, type RelayProcess } from './harness/relay-process';

const SECRET = 'e2e-secret-0123456789-0123456789-0123456789';
let relay: RelayProcess;
let browser: Browser;

beforeAll(async () => {
  [relay, browser] = await Promise.all([startRelay({ env: { TANDEM_AUTH_SECRET: SECRET } }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await relay?.dispose();
});

describe('links with access tokens', () => {
  it('an editor link edits, a viewer link shows the document read-only, no token is refused with a reason', async () => {
    const doc = uniqueDocId('access');
    const editorToken = mintToken(SECRET, ['--doc', doc, '--role', 'editor', '--name', 'Alice Martin', '--color', '#1c7ed6', '--ttl', '15m']);
    const viewerToken = mintToken(SECRET, ['--doc', doc, '--role', 'viewer', '--name', 'Bob Chen', '--color', '#c2255c', '--ttl', '15m']);

    const alice = await openUser(browser, relay.url, 'Alice Martin', '#1c7ed6');
    const a = editorPage(alice.page);
    await a.open(`/d/${doc}?token=${editorToken}`);
    await a.statusIs('synced').waitFor();
    await a.focusEnd();
    await alice.page.keyboard.type('Only editors can change this.');
    await a.statusIs('synced').waitFor();

    const bob = await openUser(browser, relay.url, 'Bob Chen', '#c2255c');
    const b = editorPage(bob.page);
    await b.open(`/d/${doc}?token=${viewerToken}`);
    await b.body.locator('p', { hasText: 'Only editors can change this.' }).waitFor();
    await bob.page.getByText('View only').waitFor();
    expect(await b.body.getAttribute('contenteditable')).toBe('false');
    expect(await bob.page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    await alice.page.keyboard.type(' Viewers watch live.');
    await b.body.locator('p', { hasText: 'Viewers watch live.' }).waitFor();
    // The viewer's presence still shows (the relay stamps the name from the token).
    await a.peer('Bob Chen').waitFor();

    const carol = await openUser(browser, relay.url, 'Carol Diaz', '#2f9e44');
    const c = editorPage(carol.page);
    await carol.page.goto(`/d/${doc}`);
    await c.statusIs('stopped').waitFor();
    expect(await c.status.getAttribute('title')).toContain('sign in');

    expect(unexpectedErrors(alice)).toEqual([]);
    expect(unexpectedErrors(bob)).toEqual([]);
    expect(unexpectedErrors(carol)).toEqual([]);
    await Promise.all([alice.context.close(), bob.context.close(), carol.context.close()]);
  });
});
