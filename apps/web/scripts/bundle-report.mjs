#!/usr/bin/env node
/**
 * Sizes of the built web app (apps/web/dist), in bytes not time: every JS and CSS chunk raw
 * and gzipped (level 9, what a server's static gzip gives), which chunk is the entry and which
 * the editor, and what opening a document downloads. With --by-package, the editor chunk's
 * bytes per npm package (from its sourcemap; the gzip column compresses each package alone,
 * so it over-counts a little against the whole file).
 *
 *   node apps/web/scripts/bundle-report.mjs [--dist apps/web/dist] [--by-package] [--json]
 *     [--budget-kb 130]   exit 1 when the editor chunk's gzip size is over the budget
 *
 * Build first: `npx turbo run build --filter=@tandem/web`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The lazy chunk with TipTap, ProseMirror and Yjs: Vite names it after src/document/DocumentPage.tsx. */
export const EDITOR_CHUNK = /^DocumentPage-[\w-]+\.js$/;
/** The target of issue 15 for the editor chunk, gzipped. */
export const EDITOR_TARGET_GZIP_KB = 130;

const defaultDist = fileURLToPath(new URL('../dist', import.meta.url));

/** Raw and gzip sizes of one file. */
function sizesOf(file) {
  const bytes = readFileSync(file);
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** The chunk index.html loads first (the entry), by file name. */
function entryChunkOf(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const match = html.match(/<script[^>]+src="\/assets\/([^"]+\.js)"/);
  return match ? match[1] : null;
}

/**
 * Every JS and CSS file of `dist/assets`, largest gzip first, plus the editor chunk and what
 * opening a document costs (entry JS + CSS, then the editor chunk and its CSS).
 */
export function bundleReport(dist = defaultDist) {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) throw new Error(`${assets} does not exist: build the web app first`);
  const entry = entryChunkOf(dist);
  const chunks = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => ({
      name,
      kind: name === entry ? 'entry' : EDITOR_CHUNK.test(name) ? 'editor' : name.endsWith('.css') ? 'css' : 'lazy',
      ...sizesOf(join(assets, name)),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const editor = chunks.find((chunk) => chunk.kind === 'editor') ?? null;
  const openDocument = chunks.filter((chunk) => chunk.kind === 'entry' || chunk.kind === 'editor' || chunk.name.endsWith('.css'));
  return {
    chunks,
    editor,
    openDocument: {
      rawBytes: openDocument.reduce((sum, chunk) => sum + chunk.rawBytes, 0),
      gzipBytes: openDocument.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    },
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a sourcemap's `mappings` into per-line [generatedColumn, sourceIndex] pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** `node_modules/@scope/name/…` → `@scope/name`; our own sources → `apps/web` or `packages/<name>`. */
function packageOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [first, second] = source.slice(at + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const own = source.match(/packages\/([^/]+)\//);
  return own ? `packages/${own[1]}` : 'apps/web';
}

/** Bytes of a built chunk per npm package (or our own package), from its `.map` file. */
export function packageBreakdown(chunkFile) {
  const code = readFileSync(chunkFile, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${chunkFile}.map`, 'utf8'));
  const text = new Map();
  decodeMappings(map.mappings).forEach((segments, line) => {
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : (code[line] ?? '').length;
      const name = source >= 0 ? packageOf(map.sources[source]) : '(bundler)';
      if (!text.has(name)) text.set(name, []);
      text.get(name).push((code[line] ?? '').slice(column, end));
    });
  });
  return [...text]
    .map(([name, parts]) => {
      const joined = parts.join('');
      return { name, rawBytes: Buffer.byteLength(joined), gzipBytes: gzipSync(joined, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

function table(rows, header) {
  const lines = [header, ...rows.map((row) => `${row.name.padEnd(44)} ${kb(row.rawBytes).padStart(8)} ${kb(row.gzipBytes).padStart(8)}${row.kind ? `  ${row.kind}` : ''}`)];
  return lines.join('\n');
}

function main(argv) {
  const option = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const dist = resolve(option('--dist') ?? defaultDist);
  const report = bundleReport(dist);
  const breakdown = argv.includes('--by-package') && report.editor ? packageBreakdown(join(dist, 'assets', report.editor.name)) : null;
  const budgetKb = option('--budget-kb') === undefined ? null : Number(option('--budget-kb'));
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...report, ...(breakdown ? { editorByPackage: breakdown } : {}) }, null, 2));
  } else {
    console.log(table(report.chunks, `${'chunk'.padEnd(44)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}`));
    console.log(`\nopening a document (entry + editor chunk + CSS): ${kb(report.openDocument.rawBytes)} kB raw, ${kb(report.openDocument.gzipBytes)} kB gzip`);
    if (report.editor) console.log(`editor chunk ${report.editor.name}: ${kb(report.editor.gzipBytes)} kB gzip (target ${EDITOR_TARGET_GZIP_KB} kB)`);
    if (breakdown) console.log(`\n${table(breakdown, `${`${basename(report.editor.name)} by package`.padEnd(44)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}`)}`);
  }
  if (budgetKb !== null && report.editor && report.editor.gzipBytes > budgetKb * 1000) {
    console.error(`editor chunk is ${kb(report.editor.gzipBytes)} kB gzip, over the ${budgetKb} kB budget`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
