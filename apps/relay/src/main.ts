/**
 * The relay's entry point and the only place that reads the environment, prints a banner,
 * installs signal handlers or exits the process.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { formatHelp, parseConfig, wantsHelp, type RelayConfig } from '@tandem/config';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import { defaultRelayOptions } from '@tandem/relay-core';
import { startRelayServer, type RelayServerOptions } from './relay-server';

const EXIT_USAGE = 2;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(`${formatHelp()}\n`);
    return;
  }
  const parsed = parseConfig({ env: process.env, argv });
  if (!parsed.ok) {
    process.stderr.write(`tandem-relay: invalid configuration\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\nRun with --help for every option.\n`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const config = parsed.config;
  const logger = pino({ level: config.logLevel, base: undefined });
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const store = createSqliteDocStore({ path: join(dataDir, 'tandem.db'), synchronous: config.sqliteSynchronous });
  const webDir = resolveWebDir(config.webDir);
  if (!webDir) logger.warn({}, 'web app not built: serving the API and WebSocket only (run npm run build)');

  const server = await startRelayServer({ store, logger }, toServerOptions(config, webDir));
  process.stdout.write(`Tandem relay listening on ${server.url} (data: ${dataDir}${webDir ? ', editor: ' + server.url : ''})\n`);

  let isStopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'draining');
    const forced = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out, exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    forced.unref();
    server.drain().then(
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

function toServerOptions(config: RelayConfig, webDir: string | null): RelayServerOptions {
  return {
    host: config.host,
    port: config.port,
    webDir,
    allowedOrigins: config.allowedOrigins.length > 0 ? new Set(config.allowedOrigins) : null,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    adminToken: config.adminToken || null,
    pingIntervalMs: config.pingIntervalMs,
    pingTimeoutMs: config.pingTimeoutMs,
    relay: {
      unloadGraceMs: config.unloadGraceMs,
      compaction: { maxUpdates: config.compactMaxUpdates, maxBytes: config.compactMaxBytes },
      maxAwarenessStateBytes: 64 * 1024,
      maxMessageBytes: config.maxMessageBytes,
      maxBufferedBytes: config.maxBufferedBytes,
      maxQueuedMessages: 1_000,
      handshakeTimeoutMs: defaultRelayOptions.handshakeTimeoutMs,
      rateLimits: defaultRelayOptions.rateLimits,
      maxLoadedDocs: defaultRelayOptions.maxLoadedDocs,
      maxConnectionsPerDoc: defaultRelayOptions.maxConnectionsPerDoc,
      isStoreShared: false,
    },
  };
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
