import { describe, expect, it } from 'vitest';
import { editorPage } from './harness/editor-page';
import { useE2eSuite } from './harness/suite';
import { waitFor } from './harness/wait-for';

const suite = useE2eSuite();

/** Names that need URL-encoding somewhere on the way: query, fragment, escape, space, slash, non-ASCII. */
const NAMES = ['plan?draft=1', 'notes#2', '100% done', 'team notes', 'a/b', 'Überblick ✓ 日本語 🎉'];

/** The app's link to a document, as the home page builds it. */
const documentPath = (name: string) => `/d/${encodeURIComponent(name)}`;

describe('document names', () => {
  it('[9.8] every legal name round-trips: link → editor → relay → another browser, and never collides with a neighbour', async () => {
    const run = Date.now().toString(36);
    const alice = await suite.user('Alice Martin');
    const bob = await suite.user('Bob Chen');
    const a = editorPage(alice.page);
    const b = editorPage(bob.page);
    for (const base of NAMES) {
      const name = `${base} ${run}`;
      await alice.page.goto(documentPath(name));
      await a.body.waitFor({ timeout: 15_000 }).catch((error: Error) => {
        throw new Error(`no editor for ${JSON.stringify(name)}: ${error.message.split('\n')[0]}`);
      });
      await a.focusEnd();
      await alice.page.keyboard.insertText(`Text of «${name}».`);
      await a.statusIs('synced').waitFor();

      await b.open(documentPath(name));
      await waitFor(async () => JSON.stringify(await b.blocks()) === JSON.stringify([`Text of «${name}».`]), {
        what: `Bob seeing the text of ${JSON.stringify(name)}`,
        describe: () => b.blocks(),
      });
    }
    // The relay stored each under exactly its name, and nothing under a cut-off one ("plan", "notes", "100").
    const response = await fetch(`${suite.relay.url}/api/docs`);
    const listed = ((await response.json()) as { docs: Array<{ name: string }> }).docs.map((doc) => doc.name);
    for (const base of NAMES) expect(listed).toContain(`${base} ${run}`);
    expect(listed.filter((name) => !NAMES.some((base) => name === `${base} ${run}`))).toEqual([]);
    suite.expectNoErrors([alice, bob]);
  });
});
