import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestRelay, tempDir, type TestRelay } from './harness';

// Precompressed web assets (apps/web/vite-plugins/precompress-assets.ts writes the siblings):
// the relay picks file.br / file.gz by Accept-Encoding, never compressing at request time.

const SECRET = 'static-compression-test-secret-with-enough-bytes!';
const INDEX = `<!doctype html><html><body>${'<p>app</p>'.repeat(200)}</body></html>`;
const APP_JS = `export const words = ${JSON.stringify(Array.from({ length: 2_000 }, (_, i) => `word${i % 97}`))};`;
const PLAIN_CSS = 'body { margin: 0 }'; // no siblings: a dev build, or a file too small to compress

let relay: TestRelay;
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
  const web = join(dir.path, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  const write = (name: string, text: string, siblings: boolean) => {
    writeFileSync(join(web, name), text);
    if (!siblings) return;
    writeFileSync(join(web, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(web, `${name}.gz`), gzipSync(text, { level: 9 }));
  };
  write('index.html', INDEX, true);
  write('assets/app-123.js', APP_JS, true);
  write('assets/plain-123.css', PLAIN_CSS, false);
});
afterEach(async () => {
  await relay?.stop();
  dir.cleanup();
});

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire, not decoded (fetch would decode them). */
  readonly body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${relay.httpUrl}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (res: RawResponse): string => {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString();
  if (encoding === 'gzip') return gunzipSync(res.body).toString();
  expect(encoding).toBeUndefined();
  return res.body.toString();
};

describe('precompressed web assets', () => {
  it('sends Brotli when the client accepts it, with the original type, compressed length and Vary', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    const res = await get('/assets/app-123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
    expect(decode(res)).toBe(APP_JS);
  });

  it('sends gzip when only gzip is accepted, or Brotli is refused', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    for (const accept of ['gzip', 'br;q=0, gzip', 'gzip;q=1, br;q=0.5']) {
      const res = await get('/assets/app-123.js', { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decode(res)).toBe(APP_JS);
    }
  });

  it('sends the file as it is when nothing usable is accepted, still with Vary', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    const cases: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }, { 'accept-encoding': 'deflate' }];
    for (const headers of cases) {
      const res = await get('/assets/app-123.js', headers);
      expect(res.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.body.toString()).toBe(APP_JS);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
    }
  });

  it('falls back to the plain file when the build wrote no sibling', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    const res = await get('/assets/plain-123.css', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBeUndefined();
    expect(res.headers['content-type']).toContain('text/css');
    expect(res.body.toString()).toBe(PLAIN_CSS);
  });

  it('compresses the SPA fallback too, which stays no-cache', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    const res = await get('/d/some-doc', { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(decode(res)).toBe(INDEX);
  });

  it('never serves a sibling by its own name: x.js.br is an unknown path (SPA fallback)', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    for (const path of ['/assets/app-123.js.br', '/assets/app-123.js.gz']) {
      const res = await get(path, {});
      expect(res.headers['content-encoding'], path).toBeUndefined();
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body.toString()).toBe(INDEX);
    }
  });

  it('answers HEAD with the headers of the GET it stands for and no body', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web') });
    const full = await get('/assets/app-123.js', { 'accept-encoding': 'br' });
    const head = await get('/assets/app-123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(String(full.body.length));
    expect(head.headers['vary']).toMatch(/accept-encoding/i);
  });

  it('leaves the API alone: with auth on, files are public and /api still needs a token', async () => {
    relay = await startTestRelay({ webDir: join(dir.path, 'web'), authSecret: SECRET });
    const file = await get('/assets/app-123.js', { 'accept-encoding': 'br' });
    expect(file.status).toBe(200);
    expect(decode(file)).toBe(APP_JS);
    const api = await get('/api/docs', { 'accept-encoding': 'br, gzip' });
    expect(api.status).toBe(401);
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(api.headers['content-type']).toContain('application/json');
  });
});
