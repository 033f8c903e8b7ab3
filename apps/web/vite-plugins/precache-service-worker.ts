import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js` from a template with the list of built files injected, so the service worker
 * can cache the whole app at install time: a page reloaded without network still opens and
 * shows the document from IndexedDB. Only for production builds; dev uses Vite's server.
 */
export function precacheServiceWorker(options: { template: string }): Plugin {
  let publicDir = '';
  return {
    name: 'tandem-precache-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_output, bundle) {
      // Files from public/ (favicon) are copied, not bundled: list them too.
      const publicFiles = publicDir ? readdirSync(publicDir).filter((name) => name !== 'sw.js') : [];
      const files = [...Object.keys(bundle), ...publicFiles].filter((name) => !name.endsWith('.map')).sort();
      const version = hash(files.join('\n'));
      const source = readFileSync(resolve(options.template), 'utf8')
        .replace('__PRECACHE_FILES__', JSON.stringify(['/', ...files.map((f) => `/${f}`)]))
        .replace('__CACHE_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/** A short, stable hash: file names already contain content hashes, so this changes with them. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
