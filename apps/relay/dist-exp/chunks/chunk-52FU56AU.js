import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  DatabaseInUseError,
  backupSqliteDatabase,
  relayOptions,
  restoreSqliteDatabase
} from "./chunk-RN657E6B.js";

// src/ops/backup-commands.ts
import { parseArgs } from "node:util";
import { mkdirSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";

// src/ops/data-dir.ts
import { join, resolve } from "node:path";
var DATABASE_FILE = "tandem.db";
var DEFAULT_DATA_DIR = relayOptions.find((option) => option.key === "dataDir")?.default ?? "./data";
function databasePath(flag, env) {
  return join(resolve(flag ?? (env.TANDEM_DATA_DIR || String(DEFAULT_DATA_DIR))), DATABASE_FILE);
}
function refusePostgres(env) {
  return env.TANDEM_STORE === "postgres" ? 'TANDEM_STORE=postgres: back up and restore PostgreSQL with pg_dump / pg_restore (README, "Backups")\n' : null;
}

// src/ops/backup-commands.ts
var BACKUP_USAGE = `Usage: tandem-relay backup <file> [--data-dir <dir>]

Writes a consistent copy of the SQLite store to <file> (a new file) while the relay keeps
serving: every edit acknowledged before the command started is in it. Restore it with
tandem-relay restore <file> while the relay is stopped.`;
var RESTORE_USAGE = `Usage: tandem-relay restore <file> [--data-dir <dir>]

Replaces the store in the data directory by the backup <file>. The relay must be stopped
(refused while any process has the database open). The replaced database is kept beside it
as tandem.db.pre-restore-<time>.`;
async function runBackupCommand(argv, env) {
  const args = parseFileArgs(argv, BACKUP_USAGE);
  if ("code" in args) return args;
  const refusal = refusePostgres(env);
  if (refusal) return { code: 2, stderr: refusal };
  const source = databasePath(args.dataDir, env);
  try {
    const result = await backupSqliteDatabase(source, args.file);
    return { code: 0, stdout: `backed up ${result.documents} documents (${result.bytes} bytes) from ${source} to ${args.file}
` };
  } catch (error) {
    return { code: 1, stderr: `tandem-relay backup: ${messageOf(error)}
` };
  }
}
async function runRestoreCommand(argv, env) {
  const args = parseFileArgs(argv, RESTORE_USAGE);
  if ("code" in args) return args;
  const refusal = refusePostgres(env);
  if (refusal) return { code: 2, stderr: refusal };
  const target = databasePath(args.dataDir, env);
  try {
    mkdirSync(dirname(target), { recursive: true });
    const result = await restoreSqliteDatabase(args.file, target);
    const previous = result.previousPath ? `; the previous database is kept as ${result.previousPath}` : "";
    return { code: 0, stdout: `restored ${result.documents} documents from ${args.file} into ${target}${previous}
` };
  } catch (error) {
    const hint = error instanceof DatabaseInUseError ? " (is the relay running?)" : "";
    return { code: 1, stderr: `tandem-relay restore: ${messageOf(error)}${hint}
` };
  }
}
function parseFileArgs(argv, usage) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { "data-dir": { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    return { code: 2, stderr: `${messageOf(error)}
${usage}
` };
  }
  if (parsed.values.help) return { code: 0, stdout: `${usage}
` };
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) return { code: 2, stderr: `${usage}
` };
  return { file: resolve2(file), dataDir: parsed.values["data-dir"] };
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  databasePath,
  refusePostgres,
  BACKUP_USAGE,
  RESTORE_USAGE,
  runBackupCommand,
  runRestoreCommand,
  parseFileArgs
};
