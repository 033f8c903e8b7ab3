import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheServiceWorker } from './vite-plugins/precache-service-worker';

/** Where `npm run dev` finds the relay (start it with `npm start` or `node apps/relay/dist/main.js`). */
const relayTarget = process.env['TANDEM_RELAY_URL'] ?? 'http://127.0.0.1:1234';

export default defineConfig({
  plugins: [react(), precacheServiceWorker({ template: 'src/offline/service-worker.js' })],
  resolve: {
    // npm left several copies of these in node_modules (nested under starter-kit and hoisted
    // at other versions). Two copies of @tiptap/core or yjs in one page break extension
    // lookups and Yjs type checks, so everything resolves to this app's own copy.
    dedupe: ['@tiptap/core', '@tiptap/pm', '@tiptap/extension-list', 'yjs', 'y-protocols', 'lib0', 'react', 'react-dom'],
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
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1024 },
});
