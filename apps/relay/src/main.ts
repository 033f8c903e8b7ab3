/**
 * The relay's entry point and the only place that reads the environment, prints a banner,
 * installs signal handlers or exits the process.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { formatHelp, parseConfig, wantsHelp } from '@tandem/config';
import { DirectoryLockedError, lockDirectory, type DirectoryLock } from '@tandem/storage-sqlite';
import type { Logger } from '@tandem/relay-core';
import { setUpAuth } from './auth-setup';
import { withDurableAckLog } from './durable-ack-log';
import { openStore } from './open-store';
import { startRelayServer } from './relay-server';
import { toServerOptions } from './server-options';
import { logUnhandledRejections } from './unhandled-rejections';

const EXIT_USAGE = 2;

type Subcommand = (argv: readonly string[], env: NodeJS.ProcessEnv) => Promise<{ code: number; stdout?: string; stderr?: string }>;

/**
 * `tandem-relay <name> ...`: commands that run instead of the relay. Each is loaded only when
 * run (like every optional part below: Redis, PostgreSQL, metrics, auth), so the relay starts
 * without their libraries: start-up time and idle RSS are what a self-hoster notices first.
 */
const SUBCOMMANDS: ReadonlyMap<string, Subcommand> = new Map<string, Subcommand>([
  ['token', async (argv, env) => (await import('./token-command')).runTokenCommand(argv, env)],
  ['backup', async (argv, env) => (await import('./ops/backup-commands')).runBackupCommand(argv, env)],
  ['restore', async (argv, env) => (await import('./ops/backup-commands')).runRestoreCommand(argv, env)],
  ['export-all', async (argv, env) => (await import('./ops/export-all-command')).runExportAllCommand(argv, env)],
]);

const SUBCOMMAND_HELP = `Subcommands (each has --help):
  token <options>     print a signed access token
  backup <file>       consistent copy of the SQLite store while the relay runs
  restore <file>      put a backup back (relay stopped)
  export-all <dir>    every document as Markdown + its Yjs state`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const command = SUBCOMMANDS.get(argv[0] ?? '');
  if (command) {
    const result = await command(argv.slice(1), process.env);
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.code;
    return;
  }
  if (wantsHelp(argv)) {
    process.stdout.write(`${formatHelp()}\n\n${SUBCOMMAND_HELP}\n`);
    return;
  }
  const parsed = parseConfig({ env: process.env, argv });
  if (!parsed.ok) return usageError(parsed.errors);
  const config = parsed.config;
  const auth = await setUpAuth(config);
  if (!auth.ok) return usageError([auth.error]);

  const logger = pino({ level: config.logLevel, base: undefined });
  logUnhandledRejections(process, logger);
  if (auth.warning) logger.warn({}, auth.warning);
  // An SQLite data directory is held until the process exits: a second relay on it would race
  // our compactions. (PostgreSQL is shared by design; its compaction locks per document.)
  let lock: DirectoryLock | null = null;
  if (config.store === 'sqlite') {
    const dataDir = resolve(config.dataDir);
    mkdirSync(dataDir, { recursive: true });
    try {
      lock = lockDirectory(dataDir);
    } catch (error) {
      if (!(error instanceof DirectoryLockedError)) throw error;
      process.stderr.write(`tandem-relay: ${error.message}.\n  Stop that relay, or give this one its own --data-dir (TANDEM_DATA_DIR).\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
  }
  const opened = await openStore(config, logger);
  if (!opened.ok) return startupError(opened.error);
  const store = config.benchDurableAckLog ? withDurableAckLog(opened.store, config.benchDurableAckLog) : opened.store;
  const webDir = resolveWebDir(config.webDir);
  if (!webDir) logger.warn({}, 'web app not built: serving the API and WebSocket only (run npm run build)');

  // Redis down at start is not fatal: the relay serves its own clients and links up once it can.
  // Loaded only when used, like the PostgreSQL driver: a single relay never pays for ioredis.
  const fanOut = config.redisUrl
    ? (await import('@tandem/fanout-redis')).createRedisFanOut({ url: config.redisUrl, channelPrefix: config.redisChannelPrefix, logger })
    : null;
  const metricsModule = config.metricsPort > 0 ? await import('./metrics/relay-metrics') : null;
  const metrics = metricsModule?.createRelayMetrics();
  const server = await startRelayServer(
    { store, logger, metrics, ...(auth.authorizer ? { authorizer: auth.authorizer } : {}), ...(auth.apiAuth ? { apiAuth: auth.apiAuth } : {}), ...(fanOut ? { fanOut } : {}) },
    toServerOptions(config, webDir),
  );
  const metricsServer = metrics
    ? await (await import('./metrics/metrics-server')).startMetricsServer(metrics.registry, { host: config.metricsHost, port: config.metricsPort })
    : null;
  process.stdout.write(
    `Tandem relay listening on ${server.url}${webDir ? ` (editor: ${server.url})` : ''}, data in ${opened.location}, ` +
      `auth ${auth.authorizer ? 'on' : 'off'}, fan-out ${fanOut ? 'Redis' : 'off (single relay)'}` +
      `${metricsServer ? `, metrics on ${metricsServer.url}` : ''}\n`,
  );
  // The drain closure keeps the lock referenced: a collected lock would close its connection.
  installSignalHandlers(async () => {
    await server.drain();
    lock?.release();
  }, config.shutdownTimeoutMs, logger);
}

function usageError(errors: readonly string[]): void {
  process.stderr.write(`tandem-relay: invalid configuration\n${errors.map((e) => `  ${e}`).join('\n')}\nRun with --help for every option.\n`);
  process.exitCode = EXIT_USAGE;
}

/** The store could not be opened: as fatal as a bad setting, and reported the same way. */
function startupError(message: string): void {
  process.stderr.write(`tandem-relay: ${message}\n`);
  process.exitCode = EXIT_USAGE;
}

/** SIGTERM/SIGINT drain the relay; a drain that hangs is cut after `timeoutMs`. */
function installSignalHandlers(drain: () => Promise<void>, timeoutMs: number, logger: Logger): void {
  let isStopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'draining');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out, exiting');
      process.exit(1);
    }, timeoutMs).unref();
    drain().then(
      () => {
        logger.info({}, 'stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** The configured web directory, else the web app built next to this relay, else none. */
function resolveWebDir(configured: string): string | null {
  const candidate = configured ? resolve(configured) : fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

main().catch((err: unknown) => {
  process.stderr.write(`tandem-relay: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
