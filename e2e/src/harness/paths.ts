import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** The built relay (turbo builds it before e2e runs). */
export const relayMain = resolve(repoRoot, 'apps/relay/dist/main.js');
/** The built web app the relay serves. */
export const webDist = resolve(repoRoot, 'apps/web/dist');
/** Where screenshots go (gitignored). */
export const artifactsDir = resolve(repoRoot, 'artifacts');
