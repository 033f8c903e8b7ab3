import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** The built relay (turbo builds it before e2e runs). */
export const relayMain = resolve(repoRoot, 'apps/relay/dist/main.js');
/** The built web app the relay serves (`E2E_WEB_DIST` runs the suite against another build, e.g. an older one). */
export const webDist = process.env['E2E_WEB_DIST'] ?? resolve(repoRoot, 'apps/web/dist');
/** Where screenshots go (gitignored). */
export const artifactsDir = resolve(repoRoot, 'artifacts');
