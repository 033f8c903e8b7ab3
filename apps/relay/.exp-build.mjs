import { build } from 'esbuild';
const variant = process.argv[2] || '';
const EXTERNAL = ['better-sqlite3', 'happy-dom', 'pg', 'pg-native', 'ioredis', 'bufferutil', 'utf-8-validate'];
if (!variant.includes('bundlepino')) EXTERNAL.push('pino');
const plugin = { name: 'x', setup(b) {
  if (variant.includes('nohttp2')) {
    b.onResolve({ filter: /^(node:)?http2$/ }, () => ({ path: 'http2-shim', namespace: 'shim' }));
    b.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({ contents: 'export class Http2ServerRequest {}; export const constants = {};', loader: 'js' }));
  }
  b.onResolve({ filter: /^[^./]/ }, (args) => { if (args.path.startsWith('node:')) return { path: args.path, external: true }; const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]; return EXTERNAL.includes(name) ? { path: args.path, external: true } : undefined; });
} };
await build({ entryPoints: ['src/main.ts'], outdir: 'dist-exp', splitting: true, chunkNames: 'chunks/[name]-[hash]', bundle: true, platform: 'node', target: 'node20', format: 'esm', plugins: [plugin], logLevel: 'warning',
  banner: { js: "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);" } });
