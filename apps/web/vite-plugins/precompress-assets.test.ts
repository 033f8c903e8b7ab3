import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress-assets';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressAssets (build only)', () => {
  it('writes .br and .gz siblings that decode to the original, for text files of 1 kB or more, in subfolders too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-precompress-'));
    mkdirSync(join(dir, 'assets'));
    const js = `export const list = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `item-${i % 31}`))};`;
    writeFileSync(join(dir, 'assets', 'app-1.js'), js);
    writeFileSync(join(dir, 'index.html'), `<html>${'<p>x</p>'.repeat(300)}</html>`);
    await precompressDir(dir);
    for (const file of [join(dir, 'assets', 'app-1.js'), join(dir, 'index.html')]) {
      const original = readFileSync(file);
      const br = readFileSync(`${file}.br`);
      const gz = readFileSync(`${file}.gz`);
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
      expect(br.length).toBeLessThan(original.length);
      expect(gz.length).toBeLessThan(original.length);
    }
  });

  it('skips small files, binary formats and files that do not shrink', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-precompress-'));
    // 750 bytes that would compress well, but under the 1 kB threshold.
    writeFileSync(join(dir, 'tiny.css'), 'body{margin:0}\n'.repeat(50));
    writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096, 7));
    // Random bytes do not compress: a sibling would be bigger than the file.
    writeFileSync(join(dir, 'noise.json'), randomBytes(4096));
    await precompressDir(dir);
    for (const name of ['tiny.css', 'font.woff2', 'noise.json']) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
