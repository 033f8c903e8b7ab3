import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createTokenIssuer } from '@tandem/auth-jwt';
import { createDocConverter, readBody } from '@tandem/doc-convert';
import { BODY_FIELD, TITLE_FIELD } from '@tandem/doc-schema';
import { defaultVersionOptions } from '@tandem/relay-core';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

const converter = createDocConverter();
let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

interface Version {
  id: string;
  createdAt: number;
  name: string | null;
  kind: 'auto' | 'named';
  authors: { id: string; name: string }[];
  sizeBytes: number;
}
interface Change {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

const docUrl = (name: string, suffix = '') => `${relay.httpUrl}/api/docs/${encodeURIComponent(name)}${suffix}`;
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const bodyMarkdown = (doc: Y.Doc) => converter.toMarkdown(readBody(doc, converter.schema));
const listVersions = async (name: string, headers: Record<string, string> = {}) => ((await (await fetch(docUrl(name, '/versions'), { headers })).json()) as { versions: Version[] }).versions;
const paragraph = (doc: Y.Doc, index: number) => (doc.getXmlFragment(BODY_FIELD).get(index) as Y.XmlElement).get(0) as Y.XmlText;
const storedRows = async (name: string) => (await relay.store.load(name))?.updates.map((u) => Buffer.from(u).toString('hex')) ?? [];

/** A stock provider that presents itself as `name`, as the web app does. */
function person(name: string, doc = 'plan', params: Record<string, string> = {}): WebsocketProvider {
  const provider = new WebsocketProvider(relay.wsUrl, doc, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  provider.awareness.setLocalStateField('user', { name, color: '#3366ff' });
  people.push(provider);
  return provider;
}
const people: WebsocketProvider[] = [];
afterEach(() => {
  for (const provider of people.splice(0)) provider.destroy();
});

describe('versions: name, diff and restore with two live clients', () => {
  it('two people edit, name a version, edit more; the diff shows it; a restore reaches both live and they keep typing', async () => {
    relay = await startTestRelay();
    const created = await fetch(docUrl('plan', '/content'), { method: 'PUT', body: '# Plan\n\nship the relay\n\nwrite the docs', headers: { 'content-type': 'text/markdown' } });
    expect(created.status).toBe(201);
    const ada = person('Ada');
    const bob = person('Bob');
    await Promise.all([synced(ada), synced(bob)]);
    ada.doc.getText(TITLE_FIELD).insert(0, 'Launch plan');
    paragraph(ada.doc, 1).insert(0, 'first ');
    paragraph(bob.doc, 2).insert(14, ' together');
    const named = '# Plan\n\nfirst ship the relay\n\nwrite the docs together';
    for (const p of [ada, bob]) await waitFor(() => bodyMarkdown(p.doc) === named, 5_000, 'both edits everywhere');
    await waitFor(async () => (await fetch(docUrl('plan', '/content?format=markdown')).then((r) => r.text())) === named, 5_000, 'edits stored');

    const saved = await fetch(docUrl('plan', '/versions'), json({ name: 'Draft sent to legal' }));
    expect(saved.status).toBe(201);
    const version = (await saved.json()) as Version;
    expect(version).toMatchObject({ kind: 'named', name: 'Draft sent to legal' });
    expect(version.authors.map((a) => a.name).sort()).toEqual(['Ada', 'Bob']);
    // Newest first; before it, the import that created the document (recorded when its room unloaded).
    const listed = await listVersions('plan');
    expect(listed[0]).toEqual(version);
    expect(listed.slice(1).every((v) => v.kind === 'auto')).toBe(true);

    // Both edit more: Ada inserts, Bob deletes a word.
    paragraph(ada.doc, 1).insert(0, 'NOW ');
    paragraph(bob.doc, 2).delete(0, 6); // "write "
    const edited = '# Plan\n\nNOW first ship the relay\n\nthe docs together';
    for (const p of [ada, bob]) await waitFor(() => bodyMarkdown(p.doc) === edited, 5_000, 'more edits everywhere');
    await waitFor(async () => (await fetch(docUrl('plan', '/content?format=markdown')).then((r) => r.text())) === edited, 5_000, 'more edits stored');

    const diff = (await (await fetch(docUrl('plan', `/versions/${version.id}/diff`))).json()) as { changes: Change[] };
    const inserted = diff.changes.filter((c) => c.kind === 'insert').map((c) => c.text);
    const deleted = diff.changes.filter((c) => c.kind === 'delete').map((c) => c.text);
    expect(inserted.join('')).toContain('NOW');
    expect(deleted.join('')).toContain('write');
    expect(diff.changes.filter((c) => c.kind !== 'insert').map((c) => c.text).join('')).toBe('Plan\nfirst ship the relay\nwrite the docs together');
    expect(diff.changes.filter((c) => c.kind !== 'delete').map((c) => c.text).join('')).toBe('Plan\nNOW first ship the relay\nthe docs together');

    // The version renders from its snapshot, in every format.
    expect(await (await fetch(docUrl('plan', `/versions/${version.id}?format=markdown`))).text()).toBe(named);
    const asJson = (await (await fetch(docUrl('plan', `/versions/${version.id}`))).json()) as { type: string; title: string };
    expect(asJson).toMatchObject({ type: 'doc', title: 'Launch plan' });
    expect(await (await fetch(docUrl('plan', `/versions/${version.id}?format=text`))).text()).toContain('write the docs together');

    // Restore: a forward edit every client receives live, nothing in the log rewritten.
    ada.doc.getText(TITLE_FIELD).insert(0, 'Renamed ');
    await waitFor(async () => (await fetch(docUrl('plan'))).json().then((m) => (m as { title: string }).title === 'Renamed Launch plan'));
    const rowsBefore = await storedRows('plan');
    const restored = await fetch(docUrl('plan', `/versions/${version.id}/restore`), { method: 'POST' });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ name: 'plan', title: 'Launch plan' });
    for (const p of [ada, bob]) {
      await waitFor(() => bodyMarkdown(p.doc) === named, 5_000, 'the restore to arrive');
      expect(p.doc.getText(TITLE_FIELD).toString()).toBe('Launch plan');
    }
    const rowsAfter = await storedRows('plan');
    expect(rowsAfter.slice(0, rowsBefore.length)).toEqual(rowsBefore);
    expect(rowsAfter.length).toBeGreaterThan(rowsBefore.length);

    // The replaced state was recorded first, so the restore can be undone from the history.
    const versions = await listVersions('plan');
    expect(versions.slice(0, 2).map((v) => v.kind)).toEqual(['auto', 'named']);
    expect(await (await fetch(docUrl('plan', `/versions/${versions[0]!.id}?format=markdown`))).text()).toBe(edited);

    // Both keep typing after the restore.
    paragraph(bob.doc, 1).insert(0, 'still ');
    paragraph(ada.doc, 2).insert(0, 'and ');
    const after = '# Plan\n\nstill first ship the relay\n\nand write the docs together';
    for (const p of [ada, bob]) await waitFor(() => bodyMarkdown(p.doc) === after, 5_000, 'typing after the restore');
  });

  it('records an automatic version once editing pauses, with the presence names as authors', async () => {
    relay = await startTestRelay({ relay: { versions: { ...defaultVersionOptions, idleMs: 200 } } });
    const ada = person('Ada', 'auto');
    await synced(ada);
    ada.doc.getText(TITLE_FIELD).insert(0, 'Auto');
    let versions: Version[] = [];
    await waitFor(async () => (versions = (await relay.store.listVersions('auto')) as Version[]).length === 1, 5_000, 'an automatic version');
    expect(versions[0]).toMatchObject({ kind: 'auto', name: null, authors: [{ id: 'Ada', name: 'Ada' }] });
    expect(await listVersions('auto')).toEqual(versions);
  });

  it('a version survives compaction of the update log', async () => {
    relay = await startTestRelay({ relay: { compaction: { maxUpdates: 5, maxBytes: 1 << 20 } } });
    const ada = person('Ada', 'compacted');
    await synced(ada);
    const title = ada.doc.getText(TITLE_FIELD);
    title.insert(0, 'v1');
    await waitFor(async () => (await relay.store.load('compacted')) !== null);
    const version = (await (await fetch(docUrl('compacted', '/versions'), json({ name: 'one' }))).json()) as Version;
    for (let i = 0; i < 30; i++) title.insert(title.length, '.');
    await waitFor(async () => ((await relay.store.load('compacted'))?.lastSeq ?? 0) > 30, 5_000, 'every edit stored');
    const stored = await relay.store.load('compacted');
    // Compacted: far fewer rows than updates were appended.
    expect(stored!.updates.length).toBeLessThan(10);
    const snapshot = new Uint8Array(await (await fetch(docUrl('compacted', `/versions/${version.id}?format=yjs`))).arrayBuffer());
    const copy = new Y.Doc();
    Y.applyUpdate(copy, snapshot);
    expect(copy.getText(TITLE_FIELD).toString()).toBe('v1');
  });

  it('deleting a document deletes its versions', async () => {
    relay = await startTestRelay();
    await fetch(docUrl('gone', '/content'), { method: 'PUT', body: 'text', headers: { 'content-type': 'text/markdown' } });
    expect((await fetch(docUrl('gone', '/versions'), json({ name: 'keep me?' }))).status).toBe(201);
    expect((await fetch(docUrl('gone'), { method: 'DELETE' })).status).toBe(204);
    expect(await relay.store.listVersions('gone')).toEqual([]);
    expect((await fetch(docUrl('gone', '/versions'))).status).toBe(404);
  });
});

describe('versions: bad input and roles change nothing', () => {
  const SECRET = 'versions-test-secret-with-enough-bytes!!';
  const issuer = createTokenIssuer(SECRET);

  it('unknown ids are 404, unknown formats 400, bad names 400; viewers read but cannot name or restore', async () => {
    relay = await startTestRelay({ authSecret: SECRET, relay: { versions: { ...defaultVersionOptions, idleMs: 200 } } });
    const editorToken = await issuer.issue({ sub: 'u-ada', name: 'Ada Admin', docs: { 'team/*': 'editor' }, ttlSeconds: 3600 });
    const editor = { authorization: `Bearer ${editorToken}` };
    const viewer = { authorization: `Bearer ${await issuer.issue({ sub: 'u-vic', docs: { 'team/*': 'viewer' }, ttlSeconds: 3600 })}` };
    const name = 'team/plan';

    // Authors come from the token, not from the name the client shows.
    const ada = person('Someone Else', name, { token: editorToken });
    await synced(ada);
    ada.doc.getText(TITLE_FIELD).insert(0, 'Plan');
    let auto: Version[] = [];
    await waitFor(async () => (auto = (await relay.store.listVersions(name)) as Version[]).length === 1, 5_000, 'an automatic version');
    expect(auto[0]!.authors).toEqual([{ id: 'u-ada', name: 'Ada Admin' }]);
    const id = auto[0]!.id;

    expect((await fetch(docUrl(name, '/versions'))).status).toBe(401);
    expect(await listVersions(name, viewer)).toEqual(auto);
    expect((await fetch(docUrl(name, `/versions/${id}?format=markdown`), { headers: viewer })).status).toBe(200);
    expect((await fetch(docUrl(name, `/versions/${id}/diff`), { headers: viewer })).status).toBe(200);

    const rowsBefore = await storedRows(name);
    expect((await fetch(docUrl(name, '/versions'), json({ name: 'by a viewer' }, viewer))).status).toBe(403);
    expect((await fetch(docUrl(name, `/versions/${id}/restore`), { method: 'POST', headers: viewer })).status).toBe(403);

    for (const path of [`/versions/999999`, `/versions/abc`, `/versions/999999/diff`, `/versions/${id}/diff?against=999999`]) {
      const res = await fetch(docUrl(name, path), { headers: viewer });
      expect(res.status, path).toBe(404);
    }
    expect((await fetch(docUrl(name, '/versions/999999/restore'), { method: 'POST', headers: editor })).status).toBe(404);
    expect((await fetch(docUrl('team/nothing', '/versions'), { headers: viewer })).status).toBe(404);
    expect((await fetch(docUrl('team/nothing', '/versions'), json({ name: 'x' }, editor))).status).toBe(404);

    const badFormat = await fetch(docUrl(name, `/versions/${id}?format=docx`), { headers: viewer });
    expect(badFormat.status).toBe(400);
    expect(((await badFormat.json()) as { error: { message: string } }).error.message).toContain('markdown, html, json, text, yjs');
    for (const body of [{ name: '' }, { name: 'x'.repeat(201) }, { name: 'a\u0000b' }, { nom: 'x' }, { name: 3 }]) {
      expect((await fetch(docUrl(name, '/versions'), json(body, editor))).status, JSON.stringify(body)).toBe(400);
    }
    expect(await storedRows(name)).toEqual(rowsBefore);
    expect(await relay.store.listVersions(name)).toEqual(auto);

    expect((await fetch(docUrl(name, '/versions'), json({ name: 'Approved' }, editor))).status).toBe(201);
    expect((await fetch(docUrl(name, `/versions/${id}/restore`), { method: 'POST', headers: editor })).status).toBe(200);
  });
});
