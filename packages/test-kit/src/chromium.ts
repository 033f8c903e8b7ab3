import { execFileSync } from 'node:child_process';

/**
 * Debian's Chromium (`apt-get install chromium`, which `.ci/run` does): `CHROMIUM_PATH` when
 * set, else the `chromium` on PATH. Tests and benches never download a browser.
 */
export function chromiumExecutable(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: apt-get install chromium (.ci/run does this), or set CHROMIUM_PATH');
  }
}

/** Flags that keep headless Chromium quiet and offline (no update checks, sync, GPU, first-run UI). */
export const HEADLESS_CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;
