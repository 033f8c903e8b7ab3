import { describe, expect, it } from 'vitest';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { mintToken } from './harness/relay-process';
import { useE2eSuite } from './harness/suite';
import { holdsFor } from './harness/wait-for';

const SECRET = 'e2e-secret-0123456789-0123456789-0123456789';
const suite = useE2eSuite({ relayEnv: { TANDEM_AUTH_SECRET: SECRET } });

describe('links with access tokens', () => {
  it('an editor link edits, a viewer link shows the document read-only, no token is refused with a reason', async () => {
    const doc = uniqueDocId('access');
    const editorToken = mintToken(SECRET, ['--doc', doc, '--role', 'editor', '--name', 'Alice Martin', '--color', '#1c7ed6', '--ttl', '15m']);
    const viewerToken = mintToken(SECRET, ['--doc', doc, '--role', 'viewer', '--name', 'Bob Chen', '--color', '#c2255c', '--ttl', '15m']);

    const alice = await suite.user('Alice Martin');
    const a = editorPage(alice.page);
    await a.open(`/d/${doc}?token=${editorToken}`);
    await a.statusIs('synced').waitFor();
    await a.focusEnd();
    await alice.page.keyboard.type('Only editors can change this.');
    await a.statusIs('synced').waitFor();

    const bob = await suite.user('Bob Chen');
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

    const carol = await suite.user('Carol Diaz');
    const c = editorPage(carol.page);
    await carol.page.goto(`/d/${doc}`);
    await c.statusIs('stopped').waitFor();
    // Said on the page, in plain words; no editor, nothing retried.
    await c.refusal.getByText('Your access link is missing or has expired').waitFor();
    expect(await c.body.count()).toBe(0);

    suite.expectNoErrors([alice, bob, carol]);
  });

  it('[10.2] a token for another document: "You do not have access", nothing editable, no retries', async () => {
    const doc = uniqueDocId('forbidden');
    const otherToken = mintToken(SECRET, ['--doc', `${doc}-other`, '--role', 'editor', '--name', 'Dan Okafor', '--ttl', '15m']);
    const dan = await suite.user('Dan Okafor');
    let sockets = 0;
    dan.page.on('websocket', () => sockets++);
    const d = editorPage(dan.page);
    await dan.page.goto(`/d/${doc}?token=${otherToken}`);
    await d.refusal.getByRole('heading', { name: 'You do not have access to this document' }).waitFor();
    await d.statusIs('stopped').waitFor();
    expect(await d.body.count()).toBe(0);
    await holdsFor(() => sockets === 1, 3_000, 'a single connection attempt');
    suite.expectNoErrors([dan]);
  });

  it('[9.7] a viewer of a document nobody has written in yet never writes: "Saved", not "Saving…" forever', async () => {
    const doc = uniqueDocId('viewer-empty');
    const viewerToken = mintToken(SECRET, ['--doc', doc, '--role', 'viewer', '--name', 'Bob Chen', '--ttl', '15m']);
    const bob = await suite.user('Bob Chen');
    const b = editorPage(bob.page);
    await b.open(`/d/${doc}?token=${viewerToken}`);
    await b.statusIs('synced').waitFor();
    await bob.page.getByText('View only').waitFor();
    expect(await b.body.getAttribute('contenteditable')).toBe('false');
    // Opening stored nothing: the relay does not list the document.
    const adminList = await fetch(`${suite.relay.url}/api/docs`, { headers: { authorization: `Bearer ${viewerToken}` } });
    if (adminList.ok) expect(JSON.stringify(await adminList.json())).not.toContain(doc);
    suite.expectNoErrors([bob]);
  });
});
