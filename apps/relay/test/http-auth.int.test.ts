import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJwtAuthorizer, createTokenIssuer, createTokenVerifier, createVerificationKey, type Role } from '@tandem/auth-jwt';
import { startTestRelay, tempDir, type TestRelay, type TestRelayOptions } from './harness';
import { startRelayProcess } from './relay-process';

const SECRET = 'http-auth-test-secret-with-enough-bytes!';
const ADMIN_TOKEN = 'admin-token-with-16-plus-chars';
const DAY_SECONDS = 86_400;
const issuer = createTokenIssuer(SECRET);
let relay: TestRelay;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await relay?.stop();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const token = (docs: Record<string, Role>, extra: { sub?: string; name?: string; ttlSeconds?: number } = {}) =>
  issuer.issue({ sub: extra.sub ?? 'ada', docs, ttlSeconds: extra.ttlSeconds ?? 3_600, ...(extra.name ? { name: extra.name } : {}) });

async function startSecured(options: TestRelayOptions = {}): Promise<TestRelay> {
  relay = await startTestRelay({ authSecret: SECRET, adminToken: ADMIN_TOKEN, ...options });
  return relay;
}

/** Stores documents with a title straight into the relay's store. */
async function seed(titles: Record<string, string>): Promise<void> {
  for (const [name, title] of Object.entries(titles)) {
    const doc = new Y.Doc();
    doc.getText('title').insert(0, title);
    await relay.store.append(name, Y.encodeStateAsUpdate(doc));
  }
}

function call(path: string, bearer?: string | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (bearer) headers.set('authorization', `Bearer ${bearer}`);
  return fetch(`${relay.httpUrl}${path}`, { ...init, headers });
}

const share = (bearer: string | null, body: unknown) =>
  call('/api/share', bearer, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function listedNames(bearer: string | null): Promise<string[]> {
  const res = await call('/api/docs', bearer);
  expect(res.status).toBe(200);
  return ((await res.json()) as { docs: { name: string }[] }).docs.map((d) => d.name).sort();
}

describe('HTTP API with auth on', () => {
  it('health, readiness and the web app stay public', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    mkdirSync(join(dir.path, 'web'));
    writeFileSync(join(dir.path, 'web', 'index.html'), '<html>app</html>');
    await startSecured({ webDir: join(dir.path, 'web') });
    expect((await call('/healthz')).status).toBe(200);
    expect((await call('/readyz')).status).toBe(200);
    for (const path of ['/', '/d/secret-plan']) {
      const res = await call(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('<html>app</html>');
    }
  });

  it('every /api route answers 401 to an anonymous caller, and to a bad or expired token', async () => {
    await startSecured();
    await seed({ plan: 'Secret plan' });
    const expired = await createTokenIssuer(SECRET, { now: () => Date.now() - 7_200_000 }).issue({ sub: 'x', docs: { '*': 'editor' }, ttlSeconds: 60 });
    const forged = await createTokenIssuer('another-secret-that-is-long-enough-xyz').issue({ sub: 'x', docs: { '*': 'editor' }, ttlSeconds: 60 });
    const requests: [string, RequestInit][] = [
      ['/api/docs', {}],
      ['/api/docs?q=plan', {}],
      ['/api/docs/plan', {}],
      ['/api/share', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ doc: 'plan', role: 'viewer', expiresInSeconds: 60 }) }],
      ['/api/admin/revoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'ada', action: 'close' }) }],
      ['/api/no-such-route', {}],
    ];
    for (const bearer of [null, 'not-a-jwt', expired, forged]) {
      for (const [path, init] of requests) {
        const res = await call(path, bearer, init);
        expect(res.status, `${init.method ?? 'GET'} ${path} with ${bearer ? 'a bad token' : 'no token'}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await res.json()) as { error: { status: number; message: string } };
        expect(body.error.status).toBe(401);
        expect(JSON.stringify(body)).not.toContain('Secret plan');
      }
    }
    expect(((await (await call('/api/docs', expired)).json()) as { error: { message: string } }).error.message).toContain('token expired');
    // The session endpoint answers an anonymous caller (the web app learns that auth is on), never a bad token.
    expect(await (await call('/api/session')).json()).toEqual({ auth: true, user: null, canShare: false });
    expect((await call('/api/session', expired)).status).toBe(401);
  });

  it('a token lists only the documents it covers; the admin token lists every document', async () => {
    await startSecured();
    await seed({ 'team/a': 'A', 'team/b': 'B', private: 'P', handbook: 'H' });
    expect(await listedNames(await token({ 'team/*': 'editor', handbook: 'viewer' }))).toEqual(['handbook', 'team/a', 'team/b']);
    expect(await listedNames(await token({ private: 'viewer' }))).toEqual(['private']);
    expect(await listedNames(await token({ nothing: 'editor' }))).toEqual([]);
    expect(await listedNames(ADMIN_TOKEN)).toEqual(['handbook', 'private', 'team/a', 'team/b']);
  });

  it('a revocation reaches the HTTP API too: closed tokens lose the document, downgraded ones only read', async () => {
    await startSecured();
    await seed({ 'team/a': 'A', 'team/b': 'B' });
    const ada = await token({ 'team/*': 'editor' }, { sub: 'ada' });
    const bob = await token({ 'team/*': 'editor' }, { sub: 'bob' });
    const revoke = (body: unknown) =>
      call('/api/admin/revoke', ADMIN_TOKEN, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const rename = (bearer: string, doc: string) =>
      call(`/api/docs/${encodeURIComponent(doc)}`, bearer, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'renamed' }) });
    expect((await rename(ada, 'team/a')).status).toBe(200);

    expect((await revoke({ userId: 'ada', action: 'close' })).status).toBe(200);
    expect((await call('/api/docs/team%2Fa/content?format=text', ada)).status).toBe(403);
    expect((await rename(ada, 'team/a')).status).toBe(403);
    expect(await listedNames(ada)).toEqual([]);
    expect((await share(ada, { doc: 'team/a', role: 'viewer', expiresInSeconds: 60 })).status).toBe(403);

    expect((await revoke({ userId: 'bob', doc: 'team/b', action: 'downgrade' })).status).toBe(200);
    expect((await call('/api/docs/team%2Fb/content?format=text', bob)).status).toBe(200);
    expect((await rename(bob, 'team/b')).status).toBe(403);
    expect((await rename(bob, 'team/a')).status).toBe(200); // the revocation named one document
    expect(await listedNames(bob)).toEqual(['team/a', 'team/b']);
  });

  it('unknown /api paths are 404 to an authenticated caller', async () => {
    await startSecured();
    expect((await call('/api/no-such-route', await token({ '*': 'editor' }))).status).toBe(404);
  });

  it('GET /api/session tells who the caller is and whether they may share', async () => {
    await startSecured();
    const res = await call('/api/session', await token({ 'team/*': 'editor' }, { sub: 'u-42', name: 'Ada' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { auth: boolean; user: Record<string, unknown>; canShare: boolean };
    expect(body).toMatchObject({ auth: true, canShare: true, user: { id: 'u-42', name: 'Ada', docs: { 'team/*': 'editor' }, isAdmin: false } });
    expect(Math.abs((body.user.expiresAt as number) - (Date.now() + 3_600_000))).toBeLessThan(60_000);
    expect(await (await call('/api/session', ADMIN_TOKEN)).json()).toMatchObject({ auth: true, canShare: true, user: { id: 'admin', isAdmin: true } });
  });

  it('the admin API keeps its own token: a document token is refused', async () => {
    await startSecured();
    const res = await call('/api/admin/revoke', await token({ '*': 'editor' }), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'ada', action: 'close' }),
    });
    expect(res.status).toBe(401);
    const admin = await call('/api/admin/revoke', ADMIN_TOKEN, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'ada', action: 'close' }),
    });
    expect(await admin.json()).toEqual({ revoked: 0 });
  });
});

describe('POST /api/share', () => {
  const verify = async (jwt: string) => createTokenVerifier(await createVerificationKey({ kind: 'secret', secret: SECRET })).verify(jwt);
  const authorize = async (jwt: string, doc: string) =>
    createJwtAuthorizer(await createVerificationKey({ kind: 'secret', secret: SECRET })).authorize({ doc, credentials: { token: jwt } });

  it('signs a token for one document with at most the caller\'s role, and a link that opens it', async () => {
    await startSecured();
    const editor = await token({ 'team/*': 'editor' });
    const res = await share(editor, { doc: 'team/plan', role: 'viewer', expiresInSeconds: 600 });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { token: string; url: string; expiresAt: number };
    expect(body.url).toBe(`${relay.httpUrl}/d/team%2Fplan?token=${body.token}`);
    expect(Math.abs(body.expiresAt - (Date.now() + 600_000))).toBeLessThan(5_000);
    expect(await authorize(body.token, 'team/plan')).toMatchObject({ ok: true, access: 'read' });
    expect(await authorize(body.token, 'team/other')).toMatchObject({ ok: false, failure: 'forbidden' });
    const verified = await verify(body.token);
    expect(verified.ok && verified.token.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect((await share(editor, { doc: 'team/plan', role: 'editor', expiresInSeconds: 600 })).status).toBe(201);
  });

  it('refuses more than the caller has: a higher role, an uncovered document, a pattern name', async () => {
    await startSecured();
    const viewer = await token({ handbook: 'viewer', 'team/*': 'editor' });
    expect((await share(viewer, { doc: 'handbook', role: 'editor', expiresInSeconds: 600 })).status).toBe(403);
    expect((await share(viewer, { doc: 'private', role: 'viewer', expiresInSeconds: 600 })).status).toBe(403);
    // A name ending in * would read as a prefix pattern inside the new token.
    expect((await share(viewer, { doc: 'team/*', role: 'viewer', expiresInSeconds: 600 })).status).toBe(400);
    expect((await share(viewer, { doc: 'handbook', role: 'viewer', expiresInSeconds: 600 })).status).toBe(201);
  });

  it('bounds the expiry: at most 90 days, and never beyond the caller\'s own token', async () => {
    await startSecured();
    const longLived = await token({ '*': 'editor' }, { ttlSeconds: 200 * DAY_SECONDS });
    expect((await share(longLived, { doc: 'd', role: 'viewer', expiresInSeconds: 91 * DAY_SECONDS })).status).toBe(400);
    expect((await share(longLived, { doc: 'd', role: 'viewer', expiresInSeconds: 90 * DAY_SECONDS })).status).toBe(201);
    const hour = await token({ '*': 'editor' }, { ttlSeconds: 3_600 });
    const res = await share(hour, { doc: 'd', role: 'viewer', expiresInSeconds: 30 * DAY_SECONDS });
    expect(res.status).toBe(201);
    const { expiresAt } = (await res.json()) as { expiresAt: number };
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1_000);
    const admin = await share(ADMIN_TOKEN, { doc: 'anything', role: 'editor', expiresInSeconds: 7 * DAY_SECONDS });
    expect(admin.status).toBe(201);
  });

  it('validates the body', async () => {
    await startSecured();
    const editor = await token({ '*': 'editor' });
    for (const body of [null, {}, { doc: 'd', role: 'owner', expiresInSeconds: 60 }, { doc: '', role: 'viewer', expiresInSeconds: 60 },
      { doc: 'd', role: 'viewer', expiresInSeconds: 0 }, { doc: 'd', role: 'viewer', expiresInSeconds: 1.5 }, { doc: 'd', role: 'viewer' },
      { doc: 'x'.repeat(300), role: 'viewer', expiresInSeconds: 60 }, { doc: 'bad\u0000name', role: 'viewer', expiresInSeconds: 60 }]) {
      expect((await share(editor, body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('is 409 when the relay verifies tokens it cannot sign (public key), and 404 with auth off', async () => {
    const key = await createVerificationKey({ kind: 'secret', secret: SECRET });
    relay = await startTestRelay({ authorizer: createJwtAuthorizer(key), apiAuth: { verifier: createTokenVerifier(key), issuer: null } });
    const editor = await token({ '*': 'editor' });
    expect((await share(editor, { doc: 'd', role: 'viewer', expiresInSeconds: 60 })).status).toBe(409);
    expect(await (await call('/api/session', editor)).json()).toMatchObject({ auth: true, canShare: false });
    await relay.stop();
    relay = await startTestRelay();
    expect((await share(null, { doc: 'd', role: 'viewer', expiresInSeconds: 60 })).status).toBe(404);
  });
});

describe('HTTP API with auth off (loopback)', () => {
  it('everyone is an editor of everything: docs are listed, the session says auth is off, sharing is off', async () => {
    relay = await startTestRelay();
    await seed({ a: 'A', b: 'B' });
    expect(await listedNames(null)).toEqual(['a', 'b']);
    expect(await (await call('/api/session')).json()).toEqual({ auth: false, user: null, canShare: false });
  });
});

describe('the relay binary with TANDEM_AUTH_SECRET', () => {
  it('puts /api behind tokens and signs share links', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const child = await startRelayProcess({ dataDir: dir.path, env: { TANDEM_AUTH_SECRET: SECRET } });
    cleanups.push(() => void child.child.kill('SIGKILL'));
    const base = `http://127.0.0.1:${child.port}`;
    expect((await fetch(`${base}/api/docs`)).status).toBe(401);
    const editor = await token({ 'team/*': 'editor' });
    const listed = await fetch(`${base}/api/docs`, { headers: { authorization: `Bearer ${editor}` } });
    expect(await listed.json()).toEqual({ docs: [], nextCursor: null });
    const shared = await fetch(`${base}/api/share`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ doc: 'team/x', role: 'viewer', expiresInSeconds: 3_600 }),
    });
    expect(shared.status).toBe(201);
    expect(((await shared.json()) as { url: string }).url).toMatch(new RegExp(`^${base}/d/team%2Fx\\?token=`));
  });
});
