import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupSqliteDatabase, DatabaseInUseError, restoreSqliteDatabase } from '@tandem/storage-sqlite';
import { databasePath, refusePostgres, type CommandResult } from './data-dir';

/** Usage of `tandem-relay backup`. */
export const BACKUP_USAGE = `Usage: tandem-relay backup <file> [--data-dir <dir>]

Writes a consistent copy of the SQLite store to <file> (a new file) while the relay keeps
serving: every edit acknowledged before the command started is in it. Restore it with
tandem-relay restore <file> while the relay is stopped.`;

/** Usage of `tandem-relay restore`. */
export const RESTORE_USAGE = `Usage: tandem-relay restore <file> [--data-dir <dir>]

Replaces the store in the data directory by the backup <file>. The relay must be stopped
(refused while any process has the database open). The replaced database is kept beside it
as tandem.db.pre-restore-<time>.`;

/** Runs `tandem-relay backup <file>`. */
export async function runBackupCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const args = parseFileArgs(argv, BACKUP_USAGE);
  if ('code' in args) return args;
  const refusal = refusePostgres(env);
  if (refusal) return { code: 2, stderr: refusal };
  const source = databasePath(args.dataDir, env);
  try {
    const result = await backupSqliteDatabase(source, args.file);
    return { code: 0, stdout: `backed up ${result.documents} documents (${result.bytes} bytes) from ${source} to ${args.file}\n` };
  } catch (error) {
    return { code: 1, stderr: `tandem-relay backup: ${messageOf(error)}\n` };
  }
}

/** Runs `tandem-relay restore <file>`. */
export async function runRestoreCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const args = parseFileArgs(argv, RESTORE_USAGE);
  if ('code' in args) return args;
  const refusal = refusePostgres(env);
  if (refusal) return { code: 2, stderr: refusal };
  const target = databasePath(args.dataDir, env);
  try {
    mkdirSync(dirname(target), { recursive: true });
    const result = await restoreSqliteDatabase(args.file, target);
    const previous = result.previousPath ? `; the previous database is kept as ${result.previousPath}` : '';
    return { code: 0, stdout: `restored ${result.documents} documents from ${args.file} into ${target}${previous}\n` };
  } catch (error) {
    const hint = error instanceof DatabaseInUseError ? ' (is the relay running?)' : '';
    return { code: 1, stderr: `tandem-relay restore: ${messageOf(error)}${hint}\n` };
  }
}

/** `<file> [--data-dir <dir>]`, or the usage error to print. */
export function parseFileArgs(argv: readonly string[], usage: string): { file: string; dataDir: string | undefined } | CommandResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { code: 2, stderr: `${messageOf(error)}\n${usage}\n` };
  }
  if (parsed.values.help) return { code: 0, stdout: `${usage}\n` };
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) return { code: 2, stderr: `${usage}\n` };
  return { file: resolve(file), dataDir: parsed.values['data-dir'] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
