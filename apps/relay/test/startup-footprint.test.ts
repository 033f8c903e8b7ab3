import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

const packageOf = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);

/**
 * Packages a relay loads at start: the static import graph of dist/main.js and its chunks.
 * `imported` are left to node_modules at run time; `bundled` are inlined, found by the
 * `// ../../node_modules/<package>/…` comment esbuild writes above each bundled module.
 */
function packagesLoadedAtStart(): { imported: Set<string>; bundled: Set<string>; bundledFiles: Set<string> } {
  const imported = new Set<string>();
  const bundled = new Set<string>();
  const bundledFiles = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports only (`import ... from "x"`, `import "x"`); `import("x")` is lazy.
    for (const match of source.matchAll(/^(?:import\s[^;]*?from\s|import\s|\}\sfrom\s)"([^"]+)"/gm)) {
      const target = match[1] as string;
      if (target.startsWith('.')) visit(join(dirname(file), target));
      else imported.add(packageOf(target));
    }
    for (const match of source.matchAll(/^\/\/ (?:\.\.\/)+node_modules\/(\S+)$/gm)) {
      bundled.add(packageOf(match[1] as string));
      bundledFiles.add(match[1] as string);
    }
  };
  visit(join(dist, 'main.js'));
  return { imported, bundled, bundledFiles };
}

describe('relay start-up footprint (built bundle)', () => {
  it('loads the optional libraries only when they are used', () => {
    expect(existsSync(join(dist, 'main.js')), 'build the relay first (npx turbo run build --filter=@tandem/relay)').toBe(true);
    const { imported, bundled } = packagesLoadedAtStart();
    const loaded = new Set([...imported, ...bundled]);
    // Document conversion (~40 MB and most of the start-up time), Redis, PostgreSQL, JWT and
    // Prometheus are dynamic imports: loaded on first use or when configured.
    for (const lazy of ['happy-dom', 'marked', 'ioredis', 'pg', 'jose', 'prom-client']) {
      expect(loaded, `${lazy} is loaded at start`).not.toContain(lazy);
    }
    // The native SQLite driver stays an import (pure-JS dependencies are bundled).
    expect(imported).toContain('better-sqlite3');
  });

  it('loads the document API (zod, OpenAPI, ProseMirror, diff) on its first request', () => {
    const { bundled } = packagesLoadedAtStart();
    // The check below is not vacuous: the bundled start-up graph is found.
    expect(bundled).toContain('ws');
    expect(bundled).toContain('yjs');
    const heavy = [...bundled].filter((name) => /^(zod|@hono\/zod-openapi|@asteasolutions\/|prosemirror-|@tiptap\/|diff$|jose$)/.test(name));
    expect(heavy, 'bundled into the start-up graph').toEqual([]);
  });

  it('builds the Hono app on the first request other than a health check', () => {
    const { bundledFiles } = packagesLoadedAtStart();
    // Hono's Node adapter subclasses the global Request at import, which loads Node's fetch
    // (undici, with http2): ~9 MB of RSS. Only its tiny conninfo helper may be loaded at start.
    const adapter = [...bundledFiles].filter((file) => file.startsWith('@hono/node-server/') && file !== '@hono/node-server/dist/conninfo.mjs');
    expect(adapter).toEqual([]);
  });
});
