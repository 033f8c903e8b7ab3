import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

/** Packages a relay loads at start: the static import graph of dist/main.js and its chunks. */
function packagesLoadedAtStart(): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports only (`import ... from "x"`, `import "x"`); `import("x")` is lazy.
    for (const match of source.matchAll(/^(?:import\s[^;]*?from\s|import\s|\}\sfrom\s)"([^"]+)"/gm)) {
      const target = match[1] as string;
      if (target.startsWith('.')) visit(join(dirname(file), target));
      else packages.add(target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : (target.split('/')[0] as string));
    }
  };
  visit(join(dist, 'main.js'));
  return packages;
}

describe('relay start-up footprint (built bundle)', () => {
  it('loads the optional libraries only when they are used', () => {
    expect(existsSync(join(dist, 'main.js')), 'build the relay first (npx turbo run build --filter=@tandem/relay)').toBe(true);
    const loaded = packagesLoadedAtStart();
    // Document conversion (~40 MB and most of the start-up time), Redis, PostgreSQL, JWT and
    // Prometheus are dynamic imports: loaded on first use or when configured.
    for (const lazy of ['happy-dom', 'marked', 'ioredis', 'pg', 'jose', 'prom-client']) {
      expect(loaded, `${lazy} is loaded at start`).not.toContain(lazy);
    }
    // The native SQLite driver stays an import (pure-JS dependencies are bundled).
    expect(loaded).toContain('better-sqlite3');
  });
});
