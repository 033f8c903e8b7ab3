import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

describe('stock y-websocket providers against the relay', () => {
  it('two providers converge on a Y.Text', async () => {
    relay = await startTestRelay();
    const a = relay.provider('shared');
    const b = relay.provider('shared');
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('t').insert(0, 'Hello');
    b.doc.getText('t').insert(0, 'World ');
    await waitFor(() => a.doc.getText('t').toString() === b.doc.getText('t').toString() && a.doc.getText('t').length === 11);
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
  });

  it('two providers converge on the Y.XmlFragment TipTap uses', async () => {
    relay = await startTestRelay();
    const a = relay.provider('rich');
    const b = relay.provider('rich');
    await Promise.all([synced(a), synced(b)]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('from a')]);
    a.doc.getXmlFragment('default').insert(0, [paragraph]);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '1');
    heading.insert(0, [new Y.XmlText('from b')]);
    b.doc.getXmlFragment('default').insert(0, [heading]);
    await waitFor(() => a.doc.getXmlFragment('default').length === 2 && b.doc.getXmlFragment('default').length === 2);
    expect(a.doc.getXmlFragment('default').toString()).toBe(b.doc.getXmlFragment('default').toString());
    expect(a.doc.getXmlFragment('default').toString()).toContain('<heading level="1">from b</heading>');
  });

  it('a late joiner receives the full state', async () => {
    relay = await startTestRelay();
    const a = relay.provider('late');
    await synced(a);
    a.doc.getText('t').insert(0, 'before you came');
    const b = relay.provider('late');
    await synced(b);
    await waitFor(() => b.doc.getText('t').toString() === 'before you came');
  });

  it('awareness reaches others and is removed for everyone when the connection closes', async () => {
    relay = await startTestRelay();
    const a = relay.provider('presence');
    const b = relay.provider('presence');
    const c = relay.provider('presence');
    await Promise.all([synced(a), synced(b), synced(c)]);
    a.awareness.setLocalStateField('user', { name: 'Ada', color: '#f80' });
    await waitFor(() => b.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ada');
    await waitFor(() => c.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ada');
    // Close the socket abruptly: no goodbye message, the relay must clean up itself.
    (a.ws as unknown as { terminate(): void }).terminate();
    a.shouldConnect = false;
    await waitFor(() => !b.awareness.getStates().has(a.doc.clientID), 2_000, 'awareness removal at b');
    await waitFor(() => !c.awareness.getStates().has(a.doc.clientID), 2_000, 'awareness removal at c');
  });

  it('keeps documents isolated from each other', async () => {
    relay = await startTestRelay();
    const a = relay.provider('doc-a');
    const b = relay.provider('doc-b');
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('t').insert(0, 'secret of a');
    const a2 = relay.provider('doc-a');
    await waitFor(() => a2.doc.getText('t').toString() === 'secret of a');
    expect(b.doc.getText('t').toString()).toBe('');
  });

  it('decodes doc names from the URL and keeps names that differ only by encoding apart', async () => {
    relay = await startTestRelay();
    const spaced = relay.provider('my notes/2026 ü');
    await synced(spaced);
    spaced.doc.getText('t').insert(0, 'x');
    await waitFor(async () => (await relay.store.list()).some((d) => d.name === 'my notes/2026 ü'));
  });

  it('200 documents with a client each all converge', async () => {
    relay = await startTestRelay();
    const writers = Array.from({ length: 200 }, (_, i) => relay.provider(`many-${i}`));
    await Promise.all(writers.map((p) => synced(p, 15_000)));
    writers.forEach((p, i) => p.doc.getText('t').insert(0, `doc ${i}`));
    const readers = Array.from({ length: 200 }, (_, i) => relay.provider(`many-${i}`));
    await waitFor(() => readers.every((r, i) => r.doc.getText('t').toString() === `doc ${i}`), 20_000, '200 docs to converge');
  }, 30_000);
});
