import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryDocStore } from '@tandem/relay-core';
import { startTestRelay, synced, tempDir, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

describe('HTTP surface', () => {
  it('GET /healthz answers while the process is alive', async () => {
    relay = await startTestRelay();
    const res = await fetch(`${relay.httpUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz is 200 while the store answers and 503 when it does not', async () => {
    const store = createMemoryDocStore();
    relay = await startTestRelay({ store });
    expect((await fetch(`${relay.httpUrl}/readyz`)).status).toBe(200);
    store.setUnavailable(true);
    const res = await fetch(`${relay.httpUrl}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { status: 503, message: 'store unreachable' } });
  });

  it('GET /api/docs lists stored documents with size, last update and title', async () => {
    relay = await startTestRelay();
    const p = relay.provider('listed doc');
    await synced(p);
    p.doc.getText('title').insert(0, 'Quarterly plan');
    p.doc.getXmlFragment('default').insert(0, []);
    await waitFor(async () => (await relay.store.list()).length === 1);
    const res = await fetch(`${relay.httpUrl}/api/docs`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { docs: { name: string; sizeBytes: number; updatedAt: number; title: string | null }[] };
    expect(body.docs).toHaveLength(1);
    expect(body.docs[0]).toMatchObject({ name: 'listed doc', title: 'Quarterly plan' });
    expect(body.docs[0]!.sizeBytes).toBeGreaterThan(0);
    expect(Math.abs(body.docs[0]!.updatedAt - Date.now())).toBeLessThan(60_000);
  });

  it('unknown API paths are JSON 404s', async () => {
    relay = await startTestRelay();
    const res = await fetch(`${relay.httpUrl}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { status: 404, message: 'no such endpoint' } });
  });

  it('serves the web app with an SPA fallback, and never files outside it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir.path, 'web', 'assets'), { recursive: true });
    writeFileSync(join(dir.path, 'web', 'index.html'), '<html>app</html>');
    writeFileSync(join(dir.path, 'web', 'assets', 'app-123.js'), 'console.log(1)');
    writeFileSync(join(dir.path, 'secret.txt'), 'secret');
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    const index = await fetch(`${relay.httpUrl}/d/some-doc`);
    expect(index.status).toBe(200);
    expect(await index.text()).toBe('<html>app</html>');
    const asset = await fetch(`${relay.httpUrl}/assets/app-123.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const escape = await fetch(`${relay.httpUrl}/..%2Fsecret.txt`);
    expect(await escape.text()).not.toContain('secret');
    dir.cleanup();
  });

  it('readyz says draining and upgrades are refused with 503 once shutdown begins', async () => {
    relay = await startTestRelay();
    const p = relay.provider('drain');
    await synced(p);
    const draining = relay.server.drain();
    const res = await fetch(`${relay.httpUrl}/readyz`).catch(() => null);
    if (res) expect(res.status).toBe(503);
    await draining;
  });
});
