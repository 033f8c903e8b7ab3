// Bundles the relay into dist/main.js (+ dist/chunks). Workspace packages (@tandem/*) ship
// TypeScript source and most npm packages are plain JS: both are bundled. yjs is bundled once
// (every user of it is in the bundle), so there is still a single Yjs instance in the process.
import { build } from 'esbuild';

/**
 * npm packages that stay imports resolved from node_modules at run time: native modules, the
 * ones that spawn workers or load plugins by path, and big optional ones (each only in a lazy
 * chunk). Everything else is bundled: resolving and compiling hundreds of small ESM files was
 * most of the relay's start-up time.
 */
const EXTERNAL = [
  'better-sqlite3', // native
  'pino', // transports run in worker threads loaded by path
  'happy-dom', // big; lazy (document conversion)
  'pg', 'pg-native', 'ioredis', // optional stores and fan-out; lazy
  'bufferutil', 'utf-8-validate', // ws's optional native helpers
];

const keepExternal = {
  name: 'external-node-modules',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return EXTERNAL.includes(name) ? { path: args.path, external: true } : undefined;
    });
  },
};

await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  // Optional parts (Redis, PostgreSQL, auth, metrics, document conversion, subcommands) are
  // dynamic imports: split into chunks under dist/chunks, loaded only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  plugins: [keepExternal],
  // Bundled CommonJS (ws, …) calls require() for Node built-ins: give ESM output one.
  banner: { js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
