import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { PRECOMPRESSED_ENCODINGS, type PrecompressedEncoding } from './accept-encoding';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** File name suffix of each precompressed sibling the web build writes (apps/web/vite-plugins/precompress-assets.ts). */
const SIBLING_SUFFIX: Readonly<Record<PrecompressedEncoding, string>> = { br: '.br', gzip: '.gz' };

/** A file to answer with. */
export interface StaticFile {
  /** The bytes to send: the original file, or its precompressed sibling. */
  readonly body: Buffer;
  /** The type of the original file, also when the body is its compressed sibling. */
  readonly contentType: string;
  /** Hashed build assets never change, so browsers may cache them forever. */
  readonly isImmutable: boolean;
  /** How `body` is encoded; null for the file as it is. */
  readonly contentEncoding: PrecompressedEncoding | null;
  /** Whether another Accept-Encoding would get other bytes (a sibling exists): caches must key on it. */
  readonly variesByEncoding: boolean;
}

/**
 * Serves the built web app from `root`: existing files as they are, any other path as
 * `index.html` so client-side routes like `/d/<id>` load the app. Paths are resolved and
 * checked to stay inside `root`.
 *
 * Compression is done once at build time: when the client accepts it and the build wrote
 * `file.br` / `file.gz` beside `file`, that sibling is sent instead (no zlib at request time,
 * nor at start-up). The siblings are not files of the app in their own right: a request for
 * `x.js.br` is answered as any unknown path (the SPA fallback), never with raw Brotli bytes.
 */
export function createStaticFiles(root: string) {
  const base = resolve(root);
  const lookup = async (urlPath: string, accepted: readonly PrecompressedEncoding[]): Promise<StaticFile | null> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const path = resolve(join(base, decoded));
    if (path !== base && !path.startsWith(base + sep)) return null;
    if (!(await isFile(path)) || (await isSibling(path))) return null;
    const siblings = await availableSiblings(path);
    const encoding = accepted.find((coding) => siblings.has(coding)) ?? null;
    return {
      body: await readFile(encoding ? path + SIBLING_SUFFIX[encoding] : path),
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      isImmutable: decoded.startsWith('/assets/'),
      contentEncoding: encoding,
      variesByEncoding: siblings.size > 0,
    };
  };
  return {
    /**
     * The file at `urlPath`, else index.html (SPA fallback), else null if no app is built;
     * in the first of `accepted` encodings that has a precompressed sibling, else as it is.
     */
    async serve(urlPath: string, accepted: readonly PrecompressedEncoding[] = []): Promise<StaticFile | null> {
      return (await lookup(urlPath, accepted)) ?? (await lookup('/index.html', accepted));
    },
  };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** `x.js.br` beside `x.js` is a build by-product, not something to serve by its own name. */
async function isSibling(path: string): Promise<boolean> {
  const suffix = Object.values(SIBLING_SUFFIX).find((s) => path.endsWith(s));
  return suffix !== undefined && (await isFile(path.slice(0, -suffix.length)));
}

async function availableSiblings(path: string): Promise<Set<PrecompressedEncoding>> {
  const found = await Promise.all(PRECOMPRESSED_ENCODINGS.map(async (coding) => ((await isFile(path + SIBLING_SUFFIX[coding])) ? coding : null)));
  return new Set(found.filter((coding) => coding !== null));
}
