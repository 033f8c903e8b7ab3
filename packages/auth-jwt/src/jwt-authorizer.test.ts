import { describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { createJwtAuthorizer } from './jwt-authorizer';
import { createTokenIssuer } from './token-issuer';
import { createTokenVerifier } from './token-verifier';
import { createVerificationKey } from './verification-key';
import { resolveRole } from './doc-roles';
import { parseDurationSeconds } from './duration';

const SECRET = 'a-test-secret-that-is-long-enough-123456';
const NOW = 1_800_000_000_000;

async function hsAuthorizer() {
  return createJwtAuthorizer(await createVerificationKey({ kind: 'secret', secret: SECRET }), { now: () => NOW });
}
const issuer = createTokenIssuer(SECRET, { now: () => NOW });
const authorize = async (token: string | null, doc: string) => (await hsAuthorizer()).authorize({ doc, credentials: { token } });

describe('JWT authorizer', () => {
  it('grants editor and viewer roles per document, with the identity from the token', async () => {
    const token = await issuer.issue({ sub: 'u1', name: 'Ada', color: '#ff8800', docs: { 'notes*': 'editor', readme: 'viewer' }, ttlSeconds: 60 });
    expect(await authorize(token, 'notes/today')).toEqual({
      ok: true,
      access: 'write',
      user: { id: 'u1', name: 'Ada', color: '#ff8800' },
      expiresAt: NOW + 60_000,
      tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      issuedAt: NOW,
    });
    expect(await authorize(token, 'readme')).toMatchObject({ ok: true, access: 'read' });
    expect(await authorize(token, 'secret')).toMatchObject({ ok: false, failure: 'forbidden' });
  });

  it('refuses missing, malformed, expired, tampered and wrongly signed tokens as unauthenticated', async () => {
    const valid = await issuer.issue({ sub: 'u1', docs: { '*': 'editor' }, ttlSeconds: 60 });
    const expired = await createTokenIssuer(SECRET, { now: () => NOW - 120_000 }).issue({ sub: 'u1', docs: { '*': 'editor' }, ttlSeconds: 60 });
    const otherSecret = await createTokenIssuer('another-secret-that-is-long-enough-xyz').issue({ sub: 'u1', docs: { '*': 'editor' }, ttlSeconds: 60 });
    const [header, , signature] = valid.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin', docs: { '*': 'editor' }, exp: NOW / 1000 + 60 })).toString('base64url');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forgedPayload}.`;
    for (const token of [null, '', 'not.a.jwt', expired, otherSecret, `${header}.${forgedPayload}.${signature}`, unsigned]) {
      expect(await authorize(token, 'doc')).toMatchObject({ ok: false, failure: 'unauthenticated' });
    }
    expect(await authorize(expired, 'doc')).toMatchObject({ detail: 'token expired' });
  });

  it('requires exp and a usable docs claim', async () => {
    const key = new TextEncoder().encode(SECRET);
    const noExp = await new SignJWT({ docs: { '*': 'editor' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').sign(key);
    const badRole = await new SignJWT({ docs: { '*': 'owner' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setExpirationTime(NOW / 1000 + 60).sign(key);
    expect(await authorize(noExp, 'doc')).toMatchObject({ ok: false, failure: 'unauthenticated' });
    expect(await authorize(badRole, 'doc')).toMatchObject({ ok: false, failure: 'unauthenticated' });
  });

  it('verifies ES256 tokens with a public key and with a JWKS', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ docs: { d: 'editor' } }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('u').setExpirationTime(NOW / 1000 + 60).sign(privateKey);
    const byPem = createJwtAuthorizer(await createVerificationKey({ kind: 'public-key', pem: await exportSPKI(publicKey), algorithm: 'ES256' }), { now: () => NOW });
    expect(await byPem.authorize({ doc: 'd', credentials: { token } })).toMatchObject({ ok: true, access: 'write' });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const byJwks = createJwtAuthorizer(await createVerificationKey({ kind: 'jwks', jwks: { keys: [jwk] } }), { now: () => NOW });
    expect(await byJwks.authorize({ doc: 'd', credentials: { token } })).toMatchObject({ ok: true });
    // An HS256 token signed with the public key text must not pass as ES256 (algorithm confusion).
    const confused = await new SignJWT({ docs: { d: 'editor' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setExpirationTime(NOW / 1000 + 60).sign(new TextEncoder().encode(await exportSPKI(publicKey)));
    expect(await byPem.authorize({ doc: 'd', credentials: { token: confused } })).toMatchObject({ ok: false });
  });

  it('refuses a short secret at start-up', async () => {
    await expect(createVerificationKey({ kind: 'secret', secret: 'short' })).rejects.toThrow('at least 32 bytes');
  });
});

describe('resolveRole', () => {
  it('prefers an exact name, then the longest prefix', () => {
    const docs = { '*': 'viewer', 'team/*': 'editor', 'team/locked': 'viewer' } as const;
    expect(resolveRole(docs, 'anything')).toBe('viewer');
    expect(resolveRole(docs, 'team/plan')).toBe('editor');
    expect(resolveRole(docs, 'team/locked')).toBe('viewer');
    expect(resolveRole({ 'a*': 'editor' }, 'b')).toBeNull();
    expect(resolveRole({}, 'constructor')).toBeNull();
  });
});

describe('parseDurationSeconds', () => {
  it('reads s/m/h/d/w and refuses junk', () => {
    expect(parseDurationSeconds('7d')).toBe(604_800);
    expect(parseDurationSeconds('90')).toBe(90);
    expect(parseDurationSeconds('15m')).toBe(900);
    expect(parseDurationSeconds('0s')).toBeNull();
    expect(parseDurationSeconds('soon')).toBeNull();
  });
});

describe('createTokenVerifier', () => {
  it('returns the claims, expiry and jti the HTTP API resolves callers from', async () => {
    const verifier = createTokenVerifier(await createVerificationKey({ kind: 'secret', secret: SECRET }), { now: () => NOW });
    const token = await issuer.issue({ sub: 'u1', name: 'Ada', docs: { 'team/*': 'editor' }, ttlSeconds: 60, jti: 'share-1' });
    expect(await verifier.verify(token)).toEqual({
      ok: true,
      token: { claims: { sub: 'u1', name: 'Ada', docs: { 'team/*': 'editor' } }, expiresAt: NOW + 60_000, jti: 'share-1', issuedAt: NOW },
    });
    expect(await verifier.verify(null)).toEqual({ ok: false, detail: 'no token' });
    expect(await verifier.verify('junk')).toMatchObject({ ok: false });
  });
});
