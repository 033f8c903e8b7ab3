import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createTokenIssuer } from '@tandem/auth-jwt';
import { createDocConverter, readBody } from '@tandem/doc-convert';
import { BODY_FIELD, TITLE_FIELD } from '@tandem/doc-schema';
import { everyNodeDoc } from '@tandem/test-kit';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

const converter = createDocConverter();
let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

const docUrl = (name: string, suffix = '') => `${relay.httpUrl}/api/docs/${encodeURIComponent(name)}${suffix}`;
const put = (name: string, body: string | Uint8Array | ReadableStream, contentType: string, headers: Record<string, string> = {}) =>
  fetch(docUrl(name, '/content'), { method: 'PUT', body, headers: { 'content-type': contentType, ...headers } });
const bodyMarkdown = (doc: Y.Doc) => converter.toMarkdown(readBody(doc, converter.schema));
const storedBytes = async (name: string) => (await relay.store.load(name))?.updates.map((u) => Buffer.from(u).toString('hex')) ?? null;

describe('document API: export and import', () => {
  it('round-trips a document with every node and mark through PUT Markdown and every export format', async () => {
    relay = await startTestRelay();
    const markdown = converter.toMarkdown(converter.fromJson(everyNodeDoc));
    const created = await put('every node', markdown, 'text/markdown; charset=utf-8');
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: 'every node', title: null });

    const json = await fetch(docUrl('every node', '/content?format=json'));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.json()).toEqual(converter.fromJson(everyNodeDoc).toJSON());

    const md = await fetch(docUrl('every node', '/content?format=markdown'));
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toBe(markdown);

    const html = await (await fetch(docUrl('every node', '/content?format=html'))).text();
    expect(converter.fromHtml(html).toJSON()).toEqual(converter.fromJson(everyNodeDoc).toJSON());
    expect(await (await fetch(docUrl('every node', '/content?format=text'))).text()).toContain('Plain, bold, italic, struck');

    const yjs = await fetch(docUrl('every node', '/content?format=yjs'));
    expect(yjs.headers.get('content-type')).toBe('application/octet-stream');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, new Uint8Array(await yjs.arrayBuffer()));
    expect(readBody(copy, converter.schema).toJSON()).toEqual(converter.fromJson(everyNodeDoc).toJSON());

    // A stock client opening the document sees exactly the imported content.
    const p = relay.provider('every node');
    await synced(p);
    expect(bodyMarkdown(p.doc)).toBe(markdown);
  });

  it('HTML import creates the document; exports are served so a browser never runs them', async () => {
    relay = await startTestRelay();
    const res = await put('from html', '<h2>Hello</h2><p>a <strong>b</strong></p><script>alert(1)</script>', 'text/html');
    expect(res.status).toBe(201);
    const html = await fetch(docUrl('from html', '/content?format=html'));
    expect(await html.text()).toBe('<h2>Hello</h2><p>a <strong>b</strong></p>');
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('PUT into a live document is a forward edit every connected client receives at once; the title stays', async () => {
    relay = await startTestRelay();
    await put('live', '# Plan\n\nfirst\n\nsecond', 'text/markdown');
    const a = relay.provider('live');
    const b = relay.provider('live');
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText(TITLE_FIELD).insert(0, 'Kept title');
    const first = (a.doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    first.insert(0, 'the ');
    await waitFor(() => bodyMarkdown(b.doc).includes('the first'), 5_000, 'b to see a');

    const res = await put('live', '# Plan\n\nfirst\n\nsecond, rewritten', 'text/markdown');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'live', title: 'Kept title' });
    // The body becomes exactly what was PUT (a's earlier "the " included: it was stored before).
    for (const p of [a, b]) await waitFor(() => bodyMarkdown(p.doc) === '# Plan\n\nfirst\n\nsecond, rewritten', 5_000, 'the import to arrive');
    expect(a.doc.getText(TITLE_FIELD).toString()).toBe('Kept title');

    // The relay stored it durably: a fresh client gets the same.
    const late = relay.provider('live');
    await synced(late);
    expect(bodyMarkdown(late.doc)).toBe('# Plan\n\nfirst\n\nsecond, rewritten');
  });

  it('PUT of a Yjs update applies it as it is and broadcasts it', async () => {
    relay = await startTestRelay();
    const a = relay.provider('binary');
    await synced(a);
    const source = new Y.Doc();
    source.getText(TITLE_FIELD).insert(0, 'From a script');
    const res = await put('binary', Y.encodeStateAsUpdate(source), 'application/octet-stream');
    expect(res.status).toBe(201);
    await waitFor(() => a.doc.getText(TITLE_FIELD).toString() === 'From a script', 5_000, 'the update to arrive');
  });

  it('GET metadata: name, title, size and last update; 404 for an unknown document', async () => {
    relay = await startTestRelay();
    expect((await fetch(docUrl('nope'))).status).toBe(404);
    const p = relay.provider('notes/q3');
    await synced(p);
    p.doc.getText(TITLE_FIELD).insert(0, 'Quarterly plan');
    await waitFor(async () => (await relay.store.load('notes/q3')) !== null);
    const res = await fetch(docUrl('notes/q3'));
    expect(res.status).toBe(200);
    const meta = (await res.json()) as { name: string; title: string; sizeBytes: number; updatedAt: number };
    expect(meta).toMatchObject({ name: 'notes/q3', title: 'Quarterly plan' });
    expect(meta.sizeBytes).toBeGreaterThan(0);
    expect(Math.abs(meta.updatedAt - Date.now())).toBeLessThan(60_000);
    expect((await fetch(docUrl('notes/q3', '/content?format=yjs'))).status).toBe(200);
    expect((await fetch(docUrl('nope', '/content'))).status).toBe(404);
  });
});

describe('document API: bad input changes nothing', () => {
  it('an unknown format is a 400 that lists the formats', async () => {
    relay = await startTestRelay();
    await put('doc', 'hello', 'text/markdown');
    const res = await fetch(docUrl('doc', '/content?format=docx'));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { status: number; message: string } };
    expect(error.status).toBe(400);
    expect(error.message).toContain('format');
    expect(error.message).toContain('markdown, html, json, text, yjs');
  });

  it('Markdown or HTML over TANDEM_MAX_IMPORT_BYTES is a 413, declared or streamed, and nothing is stored', async () => {
    relay = await startTestRelay({ maxImportBytes: 2_048 });
    await put('doc', 'small', 'text/markdown');
    const before = await storedBytes('doc');
    const big = 'x'.repeat(3_000);
    const declared = await put('doc', big, 'text/markdown');
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { message: string } }).error.message).toContain('TANDEM_MAX_IMPORT_BYTES');
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(`<p>${'y'.repeat(1_000)}</p>`));
        controller.close();
      },
    });
    const chunked = await fetch(docUrl('doc', '/content'), { method: 'PUT', body: streamed, headers: { 'content-type': 'text/html' }, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await storedBytes('doc')).toEqual(before);
    expect((await put('new doc', big, 'text/markdown')).status).toBe(413);
    expect(await relay.store.load('new doc')).toBeNull();
  });

  it('a Yjs update that does not decode is a 400 and nothing is stored', async () => {
    relay = await startTestRelay();
    await put('doc', 'hello', 'text/markdown');
    const before = await storedBytes('doc');
    for (const garbage of [Uint8Array.of(1, 2, 3, 250, 251), Uint8Array.of(0, 0, 0, 1), Uint8Array.of(255)]) {
      const res = await put('doc', garbage, 'application/octet-stream');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Yjs');
    }
    expect(await storedBytes('doc')).toEqual(before);
    expect((await put('fresh', Uint8Array.of(9, 9, 9), 'application/octet-stream')).status).toBe(400);
    expect(await relay.store.load('fresh')).toBeNull();
  });

  it('an unsupported Content-Type is a 415 naming the accepted ones; a body that is not UTF-8 is a 400', async () => {
    relay = await startTestRelay();
    const res = await put('doc', '{}', 'application/json');
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('text/markdown, text/html, application/octet-stream');
    expect((await put('doc', Uint8Array.of(0xff, 0xfe, 0x41), 'text/markdown')).status).toBe(400);
    expect(await relay.store.load('doc')).toBeNull();
  });

  it('an invalid document name is a 400', async () => {
    relay = await startTestRelay();
    const res = await fetch(`${relay.httpUrl}/api/docs/a%01b`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('name');
  });
});

describe('document API: rename', () => {
  it('PATCH {title} is a forward edit connected clients see live', async () => {
    relay = await startTestRelay();
    const p = relay.provider('renamed');
    await synced(p);
    p.doc.getText(TITLE_FIELD).insert(0, 'Old name');
    await waitFor(async () => (await relay.store.load('renamed')) !== null);
    const res = await fetch(docUrl('renamed'), { method: 'PATCH', body: JSON.stringify({ title: 'New name' }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'renamed', title: 'New name' });
    await waitFor(() => p.doc.getText(TITLE_FIELD).toString() === 'New name', 5_000, 'the rename to arrive');
  });

  it('PATCH validates its body with clear 400s and 404s an unknown document', async () => {
    relay = await startTestRelay();
    await put('doc', 'x', 'text/markdown');
    const patch = (body: string, name = 'doc', contentType = 'application/json') =>
      fetch(docUrl(name), { method: 'PATCH', body, headers: { 'content-type': contentType } });
    const tooLong = await patch(JSON.stringify({ title: 'x'.repeat(201) }));
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toMatch(/^title: /);
    expect((await patch(JSON.stringify({ name: 'x' }))).status).toBe(400);
    expect((await patch(JSON.stringify({ title: 'two\nlines' }))).status).toBe(400);
    const malformed = await patch('not json');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { status: 400, message: 'Malformed JSON in request body' } });
    expect((await patch(JSON.stringify({ title: 'x' }), 'doc', 'text/plain')).status).toBe(415);
    expect((await patch(JSON.stringify({ title: 'x' }), 'missing')).status).toBe(404);
    expect(await relay.store.load('missing')).toBeNull();
  });
});

describe('document API: delete', () => {
  it('closes stock clients with 4410 DOCUMENT_DELETED; one typing during the delete does not bring the document back', async () => {
    relay = await startTestRelay();
    const a = relay.provider('doomed');
    const b = relay.provider('doomed');
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText(TITLE_FIELD).insert(0, 'Doomed');
    await waitFor(async () => (await relay.store.load('doomed')) !== null);
    const closes: { code: number; reason: string }[] = [];
    for (const p of [a, b]) p.on('connection-close', (event: { code: number; reason: string } | null) => event && closes.push({ code: event.code, reason: event.reason }));
    // b keeps typing while the delete happens.
    let typing = true;
    const typer = (async () => {
      while (typing) {
        b.doc.getText(TITLE_FIELD).insert(0, 'k');
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const res = await fetch(docUrl('doomed'), { method: 'DELETE' });
    expect(res.status).toBe(204);
    await waitFor(() => closes.length === 2, 5_000, 'both clients to be closed');
    typing = false;
    await typer;
    expect(b.doc.getText(TITLE_FIELD).length).toBeGreaterThan(0);
    expect(await relay.store.load('doomed')).toBeNull();

    // Stock y-websocket gives up for good on 44xx (shouldConnect turns false, so its reconnect
    // timer does nothing): neither client comes back to re-upload its copy. With a retryable
    // code both would reconnect within 200 ms and sync their content into a new document.
    expect(a.shouldConnect).toBe(false);
    expect(b.shouldConnect).toBe(false);
    // The name is free again: a new client starts from an empty document.
    const fresh = relay.provider('doomed');
    await synced(fresh);
    expect(fresh.doc.getText(TITLE_FIELD).toString()).toBe('');
    expect(relay.server.relay.stats().sessions).toBe(1);
    expect((await fetch(docUrl('doomed'))).status).toBe(404);
    expect(closes).toEqual([{ code: 4410, reason: 'DOCUMENT_DELETED' }, { code: 4410, reason: 'DOCUMENT_DELETED' }]);
  });

  it('DELETE of an unknown document is a 404', async () => {
    relay = await startTestRelay();
    expect((await fetch(docUrl('never'), { method: 'DELETE' })).status).toBe(404);
  });
});

describe('document API: roles (the WebSocket tokens as Authorization: Bearer)', () => {
  const SECRET = 'doc-api-test-secret-with-enough-bytes!!';
  const issuer = createTokenIssuer(SECRET);
  const token = (docs: Record<string, 'viewer' | 'editor'>) => issuer.issue({ sub: 'u1', docs, ttlSeconds: 3600 });

  it('viewers read and export; editors also import, rename and delete; others get 401/403 and change nothing', async () => {
    relay = await startTestRelay({ authSecret: SECRET });
    const editor = { authorization: `Bearer ${await token({ 'team/*': 'editor' })}` };
    const viewer = { authorization: `Bearer ${await token({ 'team/*': 'viewer' })}` };
    const stranger = { authorization: `Bearer ${await token({ 'other/*': 'editor' })}` };
    const name = 'team/plan';

    expect((await put(name, '# Plan', 'text/markdown')).status).toBe(401);
    expect((await put(name, '# Plan', 'text/markdown', { authorization: 'Bearer garbage' })).status).toBe(401);
    expect((await put(name, '# Plan', 'text/markdown', viewer)).status).toBe(403);
    expect((await put(name, '# Plan', 'text/markdown', stranger)).status).toBe(403);
    expect(await relay.store.load(name)).toBeNull();
    expect((await put(name, '# Plan', 'text/markdown', editor)).status).toBe(201);
    const before = await storedBytes(name);

    expect((await fetch(docUrl(name), { headers: viewer })).status).toBe(200);
    expect(await (await fetch(docUrl(name, '/content?format=markdown'), { headers: viewer })).text()).toBe('# Plan');
    expect((await fetch(docUrl(name))).status).toBe(401);
    expect((await fetch(docUrl(name), { headers: stranger })).status).toBe(403);
    expect((await fetch(docUrl(name, '/content'), { headers: stranger })).status).toBe(403);

    const rename = (headers: Record<string, string>) =>
      fetch(docUrl(name), { method: 'PATCH', body: JSON.stringify({ title: 'T' }), headers: { 'content-type': 'application/json', ...headers } });
    expect((await rename(viewer)).status).toBe(403);
    expect((await fetch(docUrl(name), { method: 'DELETE', headers: viewer })).status).toBe(403);
    expect(await storedBytes(name)).toEqual(before);

    expect((await rename(editor)).status).toBe(200);
    expect((await fetch(docUrl(name), { method: 'DELETE', headers: editor })).status).toBe(204);
    expect(await relay.store.load(name)).toBeNull();
  });
});

describe('document API: OpenAPI document', () => {
  it('is generated from the routes, documents the import limit and the roles', async () => {
    relay = await startTestRelay({ maxImportBytes: 4_096 });
    const res = await fetch(`${relay.httpUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { description?: string; responses: Record<string, unknown> }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/docs/{name}',
      '/api/docs/{name}/content',
      '/api/docs/{name}/versions',
      '/api/docs/{name}/versions/{id}',
      '/api/docs/{name}/versions/{id}/diff',
      '/api/docs/{name}/versions/{id}/restore',
    ]);
    expect(Object.keys(doc.paths['/api/docs/{name}']!).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(doc.paths['/api/docs/{name}/content']!).sort()).toEqual(['get', 'put']);
    const put = doc.paths['/api/docs/{name}/content']!['put']!;
    expect(put.description).toContain('4096 bytes (TANDEM_MAX_IMPORT_BYTES)');
    expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '403', '413', '415']));
  });
});

// Keep the stock provider type referenced for readers: every client above is y-websocket's own.
export type StockClient = WebsocketProvider;
void WebSocket;
