import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { User } from './harness/browser';
import { editorPage, uniqueDocId } from './harness/editor-page';
import { artifactsDir } from './harness/paths';
import { useE2eSuite } from './harness/suite';
import { holdsFor } from './harness/wait-for';

const suite = useE2eSuite();

/** Counts the WebSockets `user`'s pages open. */
function countSockets(user: User): () => number {
  let count = 0;
  user.page.on('websocket', () => count++);
  return () => count;
}

describe('terminal refusals: said on the page, no retries, nothing editable', () => {
  it.each([
    ['too long', 'x'.repeat(300), 'This document name is too long'],
    ['with a control character', 'bad\u0001name', 'This document name cannot be used'],
  ])('[10.2] a document name %s is refused at once, in plain words, without a single connection attempt', async (_, name, title) => {
    const bob = await suite.user('Bob Chen');
    const sockets = countSockets(bob);
    const b = editorPage(bob.page);
    await bob.page.goto(`/d/${encodeURIComponent(name)}`);
    await b.refusal.getByRole('heading', { name: title }).waitFor();
    await b.statusIs('stopped').waitFor();
    expect(await b.refusal.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await holdsFor(async () => sockets() === 0 && (await b.body.count()) === 0, 3_000, 'no socket and no editor');
    if (name.length > 255) {
      mkdirSync(artifactsDir, { recursive: true });
      await bob.page.screenshot({ path: join(artifactsDir, 'refused-name.png') });
    }
    suite.expectNoErrors([bob]);
    await bob.context.close();
  });

  it('[10.2] 4410 DOCUMENT_DELETED: "This document was deleted", read-only, never reconnects (which would re-create it)', async () => {
    const bob = await suite.user('Bob Chen');
    const sockets = countSockets(bob);
    const b = editorPage(bob.page);
    const docId = uniqueDocId('deleted');
    await b.open(`/d/${docId}`);
    await b.focusEnd();
    await bob.page.keyboard.insertText('Minutes of Monday.');
    await b.statusIs('synced').waitFor();
    const before = sockets();

    // Someone deletes the document through the relay's API while Bob has it open.
    const docUrl = `${suite.relay.url}/api/docs/${encodeURIComponent(docId)}`;
    expect((await fetch(docUrl, { method: 'DELETE' })).status).toBe(204);
    await b.refusal.getByRole('heading', { name: 'This document was deleted' }).waitFor();
    await b.status.filter({ hasText: 'Deleted' }).waitFor();
    expect(await b.body.getAttribute('contenteditable')).toBe('false');
    expect(await b.refusal.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    // What was on the page stays readable (to copy from), but nothing is attempted again.
    expect(await b.blocks()).toEqual(['Minutes of Monday.']);
    mkdirSync(artifactsDir, { recursive: true });
    await bob.page.screenshot({ path: join(artifactsDir, 'refused-deleted.png') });
    await holdsFor(() => sockets() === before, 5_000, 'no reconnect attempt');
    // Bob's tab kept its copy but did not bring the document back.
    expect((await fetch(docUrl)).status).toBe(404);
    suite.expectNoErrors([bob]);
    await bob.context.close();
  });
});
