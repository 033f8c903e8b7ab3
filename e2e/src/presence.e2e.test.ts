import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';

const suite = useE2eSuite();

/**
 * Routes `user`'s WebSockets through a relay-side proxy the test can cut silently: no close
 * frame, no FIN, the bytes just stop in both directions — a network that dropped (Wi-Fi
 * gone, laptop lid closed), not a tab that closed.
 */
async function cuttableNetwork(user: User): Promise<{ cut(): void }> {
  let isCut = false;
  await user.context.routeWebSocket(/.*/, (page: WebSocketRoute) => {
    const server = page.connectToServer();
    page.onMessage((message) => {
      if (!isCut) server.send(message);
    });
    server.onMessage((message) => {
      if (!isCut) page.send(message);
    });
  });
  return {
    cut() {
      isCut = true;
    },
  };
}

describe('presence', () => {
  it('[10.4] one person with two tabs shows once, to others and to themselves', async () => {
    const path = `/d/${uniqueDocId('two-tabs')}`;
    const alice = await suite.user('Alice Martin');
    const bob = await suite.user('Bob Chen');
    const a1 = editorPage(alice.page);
    const a2 = editorPage(await alice.newPage());
    const b = editorPage(bob.page);
    await Promise.all([a1.open(path), a2.open(path), b.open(path)]);

    // Both of Alice's tabs are in Bob's awareness; he sees one Alice and "2 here", not 3. Her
    // tabs opened at once on a first visit, so each made its own browser id; they settle on
    // one (the last stored) within moments, and until then Bob may briefly see two Alices.
    // Once Bob sees one Alice made of two tabs, her tabs share an id and can no longer split.
    await b.presence.locator('[data-peer-name="Alice Martin"][data-tabs="2"]').waitFor();
    for (const page of [b, a1, a2]) {
      await page.presenceCount.filter({ hasText: '2 here' }).waitFor();
      expect(await page.presence.locator('[data-peer-name="Alice Martin"]').count()).toBe(1);
      expect(await page.presence.locator('[data-peer-name="Bob Chen"]').count()).toBe(1);
    }

    // Renaming herself in one tab renames her in the other at once, so Bob sees one "Alice M."
    // from then on, never the old and the new name taking turns as each tab renews its presence.
    await alice.page.getByRole('button', { name: /^You are Alice Martin\./ }).click();
    const dialog = alice.page.getByRole('dialog', { name: 'Your name and colour' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Alice M.');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await a2.presence.getByRole('button', { name: /^You are Alice M\./ }).waitFor();
    await b.presence.locator('[data-peer-name="Alice M."][data-tabs="2"]').waitFor();
    // Both tabs renew every 3 s: watch Bob's bar across more than one renewal of each.
    const othersBobSees = () => b.presence.locator('[data-peer-name]:not([data-local])').evaluateAll((items) => items.map((item) => item.getAttribute('data-peer-name')));
    const watchUntil = Date.now() + 4_000;
    while (Date.now() < watchUntil) {
      expect(await othersBobSees()).toEqual(['Alice M.']);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    suite.expectNoErrors([alice, bob]);
    await Promise.all([alice.context.close(), bob.context.close()]);
  });

  it('[10.4] someone whose network dropped shows as away within 10 s and is gone within 30 s', async () => {
    const path = `/d/${uniqueDocId('dropped')}`;
    const alice = await suite.user('Alice Martin');
    const dan = await suite.user('Dan Okafor');
    const network = await cuttableNetwork(dan);
    const a = editorPage(alice.page);
    const d = editorPage(dan.page);
    await Promise.all([a.open(path), d.open(path)]);
    await a.peer('Dan Okafor').waitFor();
    expect(await a.peer('Dan Okafor').getAttribute('data-away')).toBeNull();

    network.cut();
    const cutAt = Date.now();
    await a.presence.locator('[data-peer-name="Dan Okafor"][data-away="true"]').waitFor({ timeout: 10_000 });
    const awayAfterMs = Date.now() - cutAt;
    await a.peer('Dan Okafor').waitFor({ state: 'detached', timeout: 30_000 - (Date.now() - cutAt) });
    const goneAfterMs = Date.now() - cutAt;
    expect(awayAfterMs).toBeLessThanOrEqual(10_000);
    expect(goneAfterMs).toBeLessThanOrEqual(30_000);
    await a.presenceCount.filter({ hasText: 'Only you' }).waitFor();
    suite.expectNoErrors([alice]);
    await Promise.all([alice.context.close(), dan.context.close()]);
  });
});
