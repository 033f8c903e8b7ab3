import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

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

/** A file to answer with. */
export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** Hashed build assets never change, so browsers may cache them forever. */
  readonly isImmutable: boolean;
}

/**
 * Serves the built web app from `root`: existing files as they are, any other path as
 * `index.html` so client-side routes like `/d/<id>` load the app. Paths are resolved and
 * checked to stay inside `root`.
 */
export function createStaticFiles(root: string) {
  const base = resolve(root);
  const lookup = async (urlPath: string): Promise<StaticFile | null> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const path = resolve(join(base, decoded));
    if (path !== base && !path.startsWith(base + sep)) return null;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return {
      body: await readFile(path),
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      isImmutable: decoded.startsWith('/assets/'),
    };
  };
  return {
    /** The file at `urlPath`, else index.html (SPA fallback), else null if no app is built. */
    async serve(urlPath: string): Promise<StaticFile | null> {
      return (await lookup(urlPath)) ?? (await lookup('/index.html'));
    },
  };
}
