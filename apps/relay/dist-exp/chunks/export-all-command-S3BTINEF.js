import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  databasePath,
  parseFileArgs,
  refusePostgres
} from "./chunk-52FU56AU.js";
import {
  openSqliteReader
} from "./chunk-RN657E6B.js";
import "./chunk-ILUOTBRX.js";
import "./chunk-IM3GHKGN.js";
import {
  Doc,
  applyUpdate,
  encodeStateAsUpdate,
  mergeUpdates
} from "./chunk-5MV72YBH.js";
import "./chunk-O56Q3G3K.js";
import "./chunk-7X6YPGIX.js";

// src/ops/export-all.ts
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var MAX_STEM_CHARS = 180;
async function exportAllDocuments(source, dir, toMarkdown) {
  mkdirSync(dir, { recursive: true });
  const exported = [];
  for (const summary of await source.list()) {
    const updates = await source.load(summary.name);
    if (!updates) continue;
    const doc = new Doc();
    try {
      applyUpdate(doc, mergeUpdates(updates));
      const stem = fileStem(summary.name);
      writeFileSync(join(dir, `${stem}.yjs`), encodeStateAsUpdate(doc));
      writeFileSync(join(dir, `${stem}.md`), toMarkdown(doc));
      exported.push({ name: summary.name, markdown: `${stem}.md`, yjs: `${stem}.yjs`, updatedAt: new Date(summary.updatedAt).toISOString() });
    } finally {
      doc.destroy();
    }
  }
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify({ exportedAt: (/* @__PURE__ */ new Date()).toISOString(), documents: exported }, null, 2)}
`);
  return exported;
}
function fileStem(name) {
  const encoded = encodeURIComponent(name).replace(/[*!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const stem = encoded.startsWith(".") ? `%2E${encoded.slice(1)}` : encoded;
  if (stem.length <= MAX_STEM_CHARS) return stem;
  return `${stem.slice(0, MAX_STEM_CHARS - 17)}-${createHash("sha256").update(name).digest("hex").slice(0, 16)}`;
}

// src/ops/editor-markdown.ts
async function loadEditorMarkdown() {
  const { createDocConverter, readBody, readTitle } = await import("./src-ZJITLGW7.js");
  const converter = createDocConverter();
  return (doc) => {
    const title = readTitle(doc).trim();
    const body = converter.toMarkdown(readBody(doc, converter.schema)).trim();
    return `${[title ? `# ${title}` : "", body].filter(Boolean).join("\n\n")}
`;
  };
}

// src/ops/export-all-command.ts
var EXPORT_ALL_USAGE = `Usage: tandem-relay export-all <dir> [--data-dir <dir>]

Writes every document to <dir> as Markdown (<name>.md) and its full Yjs state (<name>.yjs),
with manifest.json listing them. Safe while the relay runs (read-only).`;
async function runExportAllCommand(argv, env, toMarkdown) {
  const args = parseFileArgs(argv, EXPORT_ALL_USAGE);
  if ("code" in args) return args;
  const refusal = refusePostgres(env);
  if (refusal) return { code: 2, stderr: refusal };
  const path = databasePath(args.dataDir, env);
  try {
    const reader = openSqliteReader(path);
    try {
      const exported = await exportAllDocuments(reader, args.file, toMarkdown ?? await loadEditorMarkdown());
      return { code: 0, stdout: `exported ${exported.length} documents from ${path} to ${args.file}
` };
    } finally {
      reader.close();
    }
  } catch (error) {
    return { code: 1, stderr: `tandem-relay export-all: ${error instanceof Error ? error.message : String(error)}
` };
  }
}
export {
  EXPORT_ALL_USAGE,
  runExportAllCommand
};
