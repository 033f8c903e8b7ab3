import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precacheServiceWorker } from './vite-plugins/precache-service-worker';
import { precompressAssets } from './vite-plugins/precompress-assets';
import { stripMarkdownSpecs } from './vite-plugins/strip-markdown-specs';

/** Where `npm run dev` finds the relay (start it with `npm start` or `node apps/relay/dist/main.js`). */
const relayTarget = process.env['TANDEM_RELAY_URL'] ?? 'http://127.0.0.1:1234';

export default defineConfig({
  plugins: [react(), stripMarkdownSpecs(), precacheServiceWorker({ template: 'src/offline/service-worker.js' }), precompressAssets()],
  resolve: {
    // npm left several copies of these in node_modules (nested under starter-kit and hoisted
    // at other versions). Two copies of @tiptap/core or yjs in one page break extension
    // lookups and Yjs type checks, so everything resolves to this app's own copy.
    dedupe: ['@tiptap/core', '@tiptap/pm', '@tiptap/extension-list', 'yjs', 'y-protocols', 'lib0', 'react', 'react-dom'],
    alias: {
      // @tiptap/react imports only `deepEqual` from fast-equals (to compare useEditorState
      // selections); its 7.5 kB build covers Maps, Sets, typed arrays and circular graphs we never
      // select. src/stand-ins/deep-equal.ts does plain objects and arrays (see its test).
      'fast-equals': fileURLToPath(new URL('./src/stand-ins/deep-equal.ts', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: relayTarget, changeOrigin: true },
      '/healthz': { target: relayTarget, changeOrigin: true },
      // Documents are at ws://relay/<doc>; in dev they go through /ws/<doc> so they do not
      // collide with Vite's own HMR socket.
      '/ws': {
        target: relayTarget.replace(/^http/, 'ws'),
        ws: true,
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/ws/, ''),
      },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
    // Terser's output of the editor chunk is ~6 kB gzip (3.5 %) smaller than esbuild's, for
    // a slower build; the editor chunk is what every document visit downloads.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    rollupOptions: {
      treeshake: {
        // TipTap ships each package as one file of `const X = Extension.create({...})`; calls
        // count as side effects, so every extension of a package stayed in the editor chunk
        // even when nothing used it (CharacterCount, Placeholder, Focus, Selection…). These
        // factories only build an object, so unused ones may go. See scripts/bundle-report.mjs.
        manualPureFunctions: ['Extension.create', 'Node.create', 'Mark.create'],
      },
    },
  },
});
