// Bundles the relay into dist/main.js. Workspace packages (@tandem/*) ship TypeScript source,
// so they are bundled in (and @tiptap/*, see below); every other package stays an import resolved from node_modules at
// run time (native better-sqlite3 cannot be bundled, and one shared copy of yjs avoids the
// "Yjs was already imported" double-instance problem).
import { build } from 'esbuild';

const keepExternal = {
  name: 'external-node-modules',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      // @tiptap/* is bundled too: npm nests the pinned TipTap versions of doc-schema and
      // doc-convert under those packages, out of reach of dist/main.js at run time. It is
      // plain ESM; what it imports (prosemirror-*, yjs, happy-dom, marked) stays external.
      args.path.startsWith('@tandem/') || args.path.startsWith('@tiptap/') ? undefined : { path: args.path, external: true },
    );
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
  logLevel: 'warning',
});
