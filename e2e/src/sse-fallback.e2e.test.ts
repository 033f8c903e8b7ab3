import { beforeAll, describe, expect, it } from 'vitest';
import { type User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { RELAY_DOWN_ERRORS } from './harness/relay-process';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();
let alice: User;
let bob: User;

/**
 * A proxy that strips WebSocket upgrades: every socket is cut before the relay can say a word.
 * Plain HTTP (the page, /healthz, /sync) still goes through.
 */
async function blockWebSockets(user: User): Promise<() => number> {
  let attempts = 0;
  await user.context.routeWebSocket(/.*/, async (ws) => {
    attempts++;
    await ws.close({ code: 1001, reason: 'blocked by proxy' });
  });
  return () => attempts;
}

beforeAll(async () => {
  alice = await suite.user('Alice Martin');
  bob = await suite.user('Bob Chen');
});

describe('WebSockets blocked: the same sync over SSE + POST', () => {
  it('[14] two people co-edit over the HTTP fallback, see each other\'s carets, go offline and back, and survive a relay restart', async () => {
    const attempts = await Promise.all([blockWebSockets(alice), blockWebSockets(bob)]);
    const path = `/d/${uniqueDocId('sse')}`;
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    await a.open(path);
    await b.open(path);
    // Both tried WebSocket first, then fell back; the pill says so.
    for (const page of [a, b]) {
      await page.status.filter({ hasText: '(HTTP fallback)' }).waitFor({ timeout: 20_000 });
      expect(await page.status.getAttribute('data-transport')).toBe('sse');
    }
    expect(attempts.map((count) => count() >= 3)).toEqual([true, true]);

    await a.focusEnd();
    await alice.page.keyboard.type('Alice over HTTP.');
    await b.body.locator('p', { hasText: 'Alice over HTTP.' }).waitFor({ timeout: 10_000 });
    await b.focusEnd();
    await bob.page.keyboard.press('Enter');
    await bob.page.keyboard.type('Bob too.');
    await a.body.locator('p', { hasText: 'Bob too.' }).waitFor({ timeout: 10_000 });
    // Carets (awareness) cross the fallback both ways.
    await a.caretLabel('Bob Chen').waitFor({ state: 'attached', timeout: 10_000 });
    await b.caretLabel('Alice Martin').waitFor({ state: 'attached', timeout: 10_000 });
    await a.statusIs('synced').waitFor({ timeout: 10_000 });

    // Offline and back: Alice's offline edit reaches Bob.
    await alice.context.setOffline(true);
    await a.statusIs('offline').waitFor();
    await a.focusEnd();
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Written offline.');
    await alice.context.setOffline(false);
    await b.body.locator('p', { hasText: 'Written offline.' }).waitFor({ timeout: 20_000 });

    // A relay restart: both come back (still over SSE) and an edit made meanwhile arrives.
    expect(await suite.relay.stop()).toBe(0);
    await a.statusIs('reconnecting').waitFor({ timeout: 10_000 });
    await a.focusEnd();
    await alice.page.keyboard.press('Enter');
    await alice.page.keyboard.type('Typed during the restart.');
    await suite.relay.start();
    await a.statusIs('synced').waitFor({ timeout: 30_000 });
    await b.body.locator('p', { hasText: 'Typed during the restart.' }).waitFor({ timeout: 30_000 });
    await waitFor(async () => JSON.stringify(await a.blocks()) === JSON.stringify(await b.blocks()), { what: 'both pages converging' });
    expect(await a.blocks()).toEqual(['Alice over HTTP.', 'Bob too.', 'Written offline.', 'Typed during the restart.']);
    expect(await a.status.getAttribute('data-transport')).toBe('sse');
    // Going offline cuts the open stream (and the leave request): the browser logs those.
    suite.expectNoErrors([alice, bob], [...RELAY_DOWN_ERRORS, /ERR_INTERNET_DISCONNECTED/]);
  });
});
