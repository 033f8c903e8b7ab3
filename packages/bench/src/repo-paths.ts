import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory of this package (packages/bench). */
export const BENCH_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The monorepo root: the nearest ancestor whose package.json declares workspaces.
 * Found by walking up rather than by a fixed `../..` so the bench also works from a copy.
 */
export function findRepoRoot(start: string = BENCH_PACKAGE_DIR): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (parsed.workspaces !== undefined) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${start}`);
    dir = parent;
  }
}

/** Paths the bench reads and writes, all derived from the repo root. */
export interface BenchPaths {
  readonly repoRoot: string;
  /** `../shared/traces` next to the repo, where the editing traces live. */
  readonly tracesDir: string;
  /** `bench/results` (gitignored): JSON results, profiles, scratch data dirs. */
  readonly resultsDir: string;
  /** `bench/REPORT.md` (committed). */
  readonly reportFile: string;
  /** The built Tandem relay. */
  readonly tandemMain: string;
}

/** Resolves every path from the repo root. */
export function benchPaths(repoRoot: string = findRepoRoot()): BenchPaths {
  return {
    repoRoot,
    tracesDir: resolve(repoRoot, '..', 'shared', 'traces'),
    resultsDir: join(repoRoot, 'bench', 'results'),
    reportFile: join(repoRoot, 'bench', 'REPORT.md'),
    tandemMain: join(repoRoot, 'apps', 'relay', 'dist', 'main.js'),
  };
}
