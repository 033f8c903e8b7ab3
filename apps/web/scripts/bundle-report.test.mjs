import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITOR_TARGET_GZIP_KB, bundleReport, packageBreakdown } from './bundle-report.mjs';

/**
 * What the editor chunk may weigh today, gzipped. Issue 15 asks for EDITOR_TARGET_GZIP_KB
 * (130 kB); what stands between is listed in apps/web/README.md ("Bundle size"). Lower this as the
 * chunk shrinks; never raise it without saying why.
 */
const EDITOR_BUDGET_GZIP_KB = 175;

const dist = new URL('../dist', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'bundle-report-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('bundle-report', () => {
  it('sizes every chunk and tells the entry and the editor chunk apart', () => {
    mkdirSync(join(temp, 'assets'));
    writeFileSync(join(temp, 'index.html'), '<script type="module" crossorigin src="/assets/index-AbC1.js"></script>');
    const editor = 'export const x = 1;\n'.repeat(500);
    writeFileSync(join(temp, 'assets', 'index-AbC1.js'), 'console.log(1)');
    writeFileSync(join(temp, 'assets', 'DocumentPage-Xy_2.js'), editor);
    writeFileSync(join(temp, 'assets', 'HistoryPanel-Q3.js'), 'export {}');
    writeFileSync(join(temp, 'assets', 'index-Z.css'), 'a{color:red}');
    const report = bundleReport(temp);
    expect(report.chunks.map((chunk) => [chunk.name, chunk.kind])).toEqual([
      ['DocumentPage-Xy_2.js', 'editor'],
      ['index-AbC1.js', 'entry'],
      ['index-Z.css', 'css'],
      ['HistoryPanel-Q3.js', 'lazy'],
    ]);
    expect(report.editor).toMatchObject({ rawBytes: editor.length, gzipBytes: gzipSync(editor, { level: 9 }).length });
    // Opening a document: entry + editor + CSS, not the lazily loaded history panel.
    expect(report.openDocument.rawBytes).toBe(editor.length + 'console.log(1)'.length + 'a{color:red}'.length);
  });

  it('attributes a chunk to packages through its sourcemap', () => {
    const file = join(temp, 'assets', 'mapped.js');
    writeFileSync(file, 'aaaaabbb\ncc');
    // Line 1: column 0 from source 0, column 5 from source 1; line 2: column 0 from source 0.
    writeFileSync(`${file}.map`, JSON.stringify({ version: 3, sources: ['../../node_modules/@tiptap/core/dist/index.js', '../../src/App.tsx'], mappings: 'AAAA,KCAA;ADAA' }));
    const rows = Object.fromEntries(packageBreakdown(file).map((row) => [row.name, row.rawBytes]));
    expect(rows).toEqual({ '@tiptap/core': 7, 'apps/web': 3 });
  });

  it.skipIf(!existsSync(join(dist, 'index.html')))(`the built editor chunk stays within ${EDITOR_BUDGET_GZIP_KB} kB gzip (target ${EDITOR_TARGET_GZIP_KB} kB), history and sharing apart`, () => {
    const report = bundleReport(dist);
    expect(report.editor).not.toBeNull();
    expect(report.editor.gzipBytes).toBeLessThanOrEqual(EDITOR_BUDGET_GZIP_KB * 1000);
    const lazy = readdirSync(join(dist, 'assets'));
    for (const name of ['HistoryPanel', 'VersionPane', 'ShareDialog']) expect(lazy.some((file) => file.startsWith(`${name}-`) && file.endsWith('.js'))).toBe(true);
  });
});
