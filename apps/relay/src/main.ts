/**
 * The relay's entry point and the only place that reads the environment, prints a banner,
 * installs signal handlers or exits the process.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { formatHelp, parseConfig, wantsHelp } from '@tandem/config';
import { createSqliteDocStore, DirectoryLockedError, lockDirectory, type DirectoryLock } from '@tandem/storage-sqlite';
import type { Logger } from '@tandem/relay-core';
import { setUpAuth } from './auth-setup';
import { withDurableAckLog } from './durable-ack-log';
import { startRelayServer } from './relay-server';
import { toServerOptions } from './server-options';
import { runTokenCommand } from './token-command';

const EXIT_USAGE = 2;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'token') {
    const result = await runTokenCommand(argv.slice(1), process.env);
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.code;
    return;
  }
  if (wantsHelp(argv)) {
    process.stdout.write(`${formatHelp()}\n\nSubcommands:\n  token    print a signed access token (tandem-relay token --help)\n`);
    return;
  }
  const parsed = parseConfig({ env: process.env, argv });
  if (!parsed.ok) return usageError(parsed.errors);
  const config = parsed.config;
  const auth = await setUpAuth(config);
  if (!auth.ok) return usageError([auth.error]);

  const logger = pino({ level: config.logLevel, base: undefined });
  if (auth.warning) logger.warn({}, auth.warning);
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Held until the process exits: a second relay on this directory would race our compactions.
  let lock: DirectoryLock;
  try {
    lock = lockDirectory(dataDir);
  } catch (error) {
    if (!(error instanceof DirectoryLockedError)) throw error;
    process.stderr.write(`tandem-relay: ${error.message}.\n  Stop that relay, or give this one its own --data-dir (TANDEM_DATA_DIR).\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const sqliteStore = createSqliteDocStore({
    path: join(dataDir, 'tandem.db'),
    synchronous: config.sqliteSynchronous,
    onBackgroundError: (err) => logger.warn({ err }, 'sqlite checkpointer failed'),
  });
  const store = config.benchDurableAckLog ? withDurableAckLog(sqliteStore, config.benchDurableAckLog) : sqliteStore;
  const webDir = resolveWebDir(config.webDir);
  if (!webDir) logger.warn({}, 'web app not built: serving the API and WebSocket only (run npm run build)');

  const server = await startRelayServer(
    { store, logger, ...(auth.authorizer ? { authorizer: auth.authorizer } : {}), ...(auth.apiAuth ? { apiAuth: auth.apiAuth } : {}) },
    toServerOptions(config, webDir),
  );
  process.stdout.write(
    `Tandem relay listening on ${server.url}${webDir ? ` (editor: ${server.url})` : ''}, data in ${dataDir}, ` +
      `auth ${auth.authorizer ? 'on' : 'off'}\n`,
  );
  // The drain closure keeps the lock referenced: a collected lock would close its connection.
  installSignalHandlers(async () => {
    await server.drain();
    lock.release();
  }, config.shutdownTimeoutMs, logger);
}

function usageError(errors: readonly string[]): void {
  process.stderr.write(`tandem-relay: invalid configuration\n${errors.map((e) => `  ${e}`).join('\n')}\nRun with --help for every option.\n`);
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
