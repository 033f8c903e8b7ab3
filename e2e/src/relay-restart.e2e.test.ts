import { beforeAll, describe, expect, it } from 'vitest';
import { type User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { RELAY_DOWN_ERRORS } from './harness/relay-process';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();
let alice: User;
let bob: User;

beforeAll(async () => {
  alice = await suite.user('Alice Martin');
  bob = await suite.user('Bob Chen');
});

describe('relay restart', () => {
  it('[4] both clients show reconnecting, then connected; the document is intact and edits flow again', async () => {
    const path = `/d/${uniqueDocId('restart')}`;
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.open(path);
    await b.open(path);
    await a.focusEnd();
    await alice.page.keyboard.type('Written before the restart.');
    await b.body.locator('p', { hasText: 'Written before the restart.' }).waitFor();
    await a.statusIs('synced').waitFor();
    await b.statusIs('synced').waitFor();
    const before = await a.blocks();

    expect(await suite.relay.stop()).toBe(0);
    await a.statusIs('reconnecting').waitFor();
    await b.statusIs('reconnecting').waitFor();
    // The relay said why it closed (1012): the status explains it.
    expect(await a.status.getAttribute('title')).toContain('restarting');
    // Typing goes on while the relay is away; the status admits it is not saved yet.
    await a.focusEnd();
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Typed while the relay was down.');
    await a.status.filter({ hasText: 'unsynced' }).waitFor();

    await suite.relay.start();
    await a.statusIs('synced').waitFor({ timeout: 20_000 });
    await b.statusIs('synced').waitFor({ timeout: 20_000 });
    await waitFor(async () => (await b.blocks()).includes('Typed while the relay was down.'), { what: 'the edit made during the restart reaching Bob' });
    expect((await b.blocks()).slice(0, before.length)).toEqual(before);

    await b.focusEnd();
    await bob.page.keyboard.press('Enter');
    await bob.page.keyboard.type('And edits flow again.');
    await a.body.locator('p', { hasText: 'And edits flow again.' }).waitFor({ timeout: 2_000 });
    expect(await a.blocks()).toEqual(await b.blocks());

    // A fresh visitor gets everything from the relay's storage.
    const carol = await suite.user('Carol Diaz');
    const c = editorPage(carol.page);
    await c.open(path);
    await waitFor(async () => JSON.stringify(await c.blocks()) === JSON.stringify(await a.blocks()), { what: 'a new visitor seeing the whole document' });
    await carol.context.close();

    suite.expectNoErrors([alice, bob], RELAY_DOWN_ERRORS);
  });
});
