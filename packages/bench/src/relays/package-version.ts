import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BENCH_PACKAGE_DIR } from '../repo-paths';

/**
 * Directory of an installed package as Node would find it from this package (walking up the
 * node_modules folders). Read directly because not every package exports its package.json.
 */
export function packageDir(name: string): string {
  let dir = BENCH_PACKAGE_DIR;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package ${name} is not installed`);
    dir = parent;
  }
}

/** Installed version of a package. */
export function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
