import { openSqliteReader } from '@tandem/storage-sqlite';
import { parseFileArgs } from './backup-commands';
import { databasePath, refusePostgres, type CommandResult } from './data-dir';
import { exportAllDocuments } from './export-all';
import { loadEditorMarkdown, type MarkdownConverter } from './editor-markdown';

/** Usage of `tandem-relay export-all`. */
export const EXPORT_ALL_USAGE = `Usage: tandem-relay export-all <dir> [--data-dir <dir>]

Writes every document to <dir> as Markdown (<name>.md) and its full Yjs state (<name>.yjs),
with manifest.json listing them. Safe while the relay runs (read-only).`;

/** Runs `tandem-relay export-all <dir>`; Markdown comes from the editor's own serializer unless given. */
export async function runExportAllCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  toMarkdown?: MarkdownConverter,
): Promise<CommandResult> {
  const args = parseFileArgs(argv, EXPORT_ALL_USAGE);
  if ('code' in args) return args;
  const refusal = refusePostgres(env);
  if (refusal) return { code: 2, stderr: refusal };
  const path = databasePath(args.dataDir, env);
  try {
    const reader = openSqliteReader(path);
    try {
      const exported = await exportAllDocuments(reader, args.file, toMarkdown ?? (await loadEditorMarkdown()));
      return { code: 0, stdout: `exported ${exported.length} documents from ${path} to ${args.file}\n` };
    } finally {
      reader.close();
    }
  } catch (error) {
    return { code: 1, stderr: `tandem-relay export-all: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}
