import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images, fonts (woff2 is already Brotli inside) are not. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt)$/;

/** Below this, headers and a second round of decoding cost more than the bytes saved. */
const DEFAULT_MIN_BYTES = 1024;

/**
 * Writes `file.br` (Brotli, quality 11) and `file.gz` (gzip -9) next to every compressible file
 * of the build, so the relay can answer `Accept-Encoding` with bytes compressed once at build
 * time at the best ratio, instead of compressing per request (CPU, and zlib loaded at run time)
 * or sending the 545 kB editor chunk raw. A sibling is only written when it is smaller than the
 * original. Runs after the bundle is written, so the siblings are not in the service worker's
 * precache list (the browser fetches the original names and decodes transparently).
 */
export function precompressAssets(options: { minBytes?: number } = {}): Plugin {
  const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
  let outDir = '';
  return {
    name: 'tandem-precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async writeBundle() {
      await precompressDir(outDir, minBytes);
    },
  };
}

/** Writes the siblings of every compressible file under `dir` (the build's output directory). */
export async function precompressDir(dir: string, minBytes = DEFAULT_MIN_BYTES): Promise<void> {
  const files = (await listFiles(dir)).filter((file) => COMPRESSIBLE.test(file));
  await Promise.all(files.map((file) => writeSiblings(file, minBytes)));
}

/** Writes the .br and .gz siblings of `file`, each only when it pays. */
export async function writeSiblings(file: string, minBytes = DEFAULT_MIN_BYTES): Promise<void> {
  const original = await readFile(file);
  if (original.length < minBytes) return;
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < original.length) await writeFile(`${file}.br`, br);
  if (gz.length < original.length) await writeFile(`${file}.gz`, gz);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat();
}
