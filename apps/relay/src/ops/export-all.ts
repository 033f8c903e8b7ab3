import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { DocSummary } from '@tandem/relay-core';
import type { MarkdownConverter } from './editor-markdown';
import { createScratchDoc } from '@tandem/relay-core';

/** What export needs from a store: its documents and their stored updates. */
export interface ExportSource {
  list(): DocSummary[] | Promise<DocSummary[]>;
  load(doc: string): Uint8Array[] | null | Promise<Uint8Array[] | null>;
}

/** One exported document, as listed in manifest.json. */
export interface ExportedDoc {
  readonly name: string;
  readonly markdown: string;
  readonly yjs: string;
  readonly updatedAt: string;
}

/** Longest file stem before a name is shortened (file systems allow 255 bytes). */
const MAX_STEM_CHARS = 180;

/**
 * Writes every document into `dir` as `<stem>.md` (through `toMarkdown`) and `<stem>.yjs` (its
 * full Yjs state, `Y.encodeStateAsUpdate`, which `Y.applyUpdate` reads back), plus
 * `manifest.json` mapping document names to files. Stems are the URL-encoded names, so any
 * legal document name becomes one safe file name, never a path.
 */
export async function exportAllDocuments(source: ExportSource, dir: string, toMarkdown: MarkdownConverter): Promise<ExportedDoc[]> {
  mkdirSync(dir, { recursive: true });
  const exported: ExportedDoc[] = [];
  for (const summary of await source.list()) {
    const updates = await source.load(summary.name);
    if (!updates) continue; // removed since it was listed
    const doc = createScratchDoc();
    try {
      Y.applyUpdate(doc, Y.mergeUpdates(updates));
      const stem = fileStem(summary.name);
      writeFileSync(join(dir, `${stem}.yjs`), Y.encodeStateAsUpdate(doc));
      writeFileSync(join(dir, `${stem}.md`), toMarkdown(doc));
      exported.push({ name: summary.name, markdown: `${stem}.md`, yjs: `${stem}.yjs`, updatedAt: new Date(summary.updatedAt).toISOString() });
    } finally {
      doc.destroy();
    }
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ exportedAt: new Date().toISOString(), documents: exported }, null, 2)}\n`);
  return exported;
}

/** A file name stem for a document name: URL-encoded (no "/" or NUL), shortened with a hash if long. */
export function fileStem(name: string): string {
  const encoded = encodeURIComponent(name).replace(/[*!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const stem = encoded.startsWith('.') ? `%2E${encoded.slice(1)}` : encoded;
  if (stem.length <= MAX_STEM_CHARS) return stem;
  return `${stem.slice(0, MAX_STEM_CHARS - 17)}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}
