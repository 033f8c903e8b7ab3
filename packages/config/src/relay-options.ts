import { defineOption, type ConfigOf, type CrossFieldRule } from './config-option';
import { byteSizeValue, durationMsValue, enumValue, integerValue, originListValue, secretValue, textValue } from './value-schemas';

/** Log levels pino accepts, least to most severe, plus `silent`. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/**
 * Every setting of the relay, one entry each: adding an option is adding an entry here
 * (the config type, parsing, `--help` and the README table all derive from this table).
 */
export const relayOptions = [
  defineOption({
    key: 'port', env: 'TANDEM_PORT', flag: '--port', default: 1234,
    description: 'TCP port for HTTP and WebSocket; 0 picks a free port.',
    schema: integerValue({ min: 0, max: 65_535 }),
  }),
  defineOption({
    key: 'host', env: 'TANDEM_HOST', flag: '--host', default: '127.0.0.1',
    description: 'Interface to listen on; 0.0.0.0 (or ::) exposes the relay to the network.',
    schema: textValue({ allowEmpty: false }),
  }),
  defineOption({
    key: 'dataDir', env: 'TANDEM_DATA_DIR', flag: '--data-dir', default: './data',
    description: 'Directory of the SQLite database (tandem.db); created if missing.',
    schema: textValue({ allowEmpty: false }),
  }),
  defineOption({
    key: 'webDir', env: 'TANDEM_WEB_DIR', flag: '--web-dir', default: '',
    description: 'Directory of the built web app to serve; empty means the one built next to the relay.',
    schema: textValue({ allowEmpty: true }),
  }),
  defineOption({
    key: 'logLevel', env: 'TANDEM_LOG_LEVEL', flag: '--log-level', default: 'info',
    description: 'Least severe log level written (JSON lines on stdout).',
    schema: enumValue(LOG_LEVELS),
  }),
  defineOption({
    key: 'sqliteSynchronous', env: 'TANDEM_SQLITE_SYNCHRONOUS', flag: '--sqlite-synchronous', default: 'normal',
    description: 'normal: acknowledged edits survive a crash or kill -9; full: they also survive power loss (an fsync per edit).',
    schema: enumValue(['normal', 'full']),
  }),
  defineOption({
    key: 'compactMaxUpdates', env: 'TANDEM_COMPACT_MAX_UPDATES', flag: '--compact-max-updates', default: 500,
    description: 'Compact a document once its update log holds this many updates.',
    schema: integerValue({ min: 1 }),
  }),
  defineOption({
    key: 'compactMaxBytes', env: 'TANDEM_COMPACT_MAX_BYTES', flag: '--compact-max-bytes', default: 1_048_576,
    description: 'Compact a document once its update log holds this many bytes.',
    schema: byteSizeValue({ min: 1 }),
  }),
  defineOption({
    key: 'unloadGraceMs', env: 'TANDEM_UNLOAD_GRACE_MS', flag: '--unload-grace-ms', default: 5_000,
    description: 'Keep a document in memory this long after its last client leaves.',
    schema: durationMsValue({ min: 0 }),
  }),
  defineOption({
    key: 'maxMessageBytes', env: 'TANDEM_MAX_MESSAGE_BYTES', flag: '--max-message-bytes', default: 16_777_216,
    description: 'Largest WebSocket message accepted; larger ones close the connection (1009).',
    schema: byteSizeValue({ min: 1_024 }),
  }),
  defineOption({
    key: 'pingIntervalMs', env: 'TANDEM_PING_INTERVAL_MS', flag: '--ping-interval-ms', default: 15_000,
    description: 'Send a WebSocket ping to each client this often.',
    schema: durationMsValue({ min: 10 }),
  }),
  defineOption({
    key: 'pingTimeoutMs', env: 'TANDEM_PING_TIMEOUT_MS', flag: '--ping-timeout-ms', default: 45_000,
    description: 'Drop a client that has not answered for this long; at least the ping interval.',
    schema: durationMsValue({ min: 10 }),
  }),
  defineOption({
    key: 'shutdownTimeoutMs', env: 'TANDEM_SHUTDOWN_TIMEOUT_MS', flag: '--shutdown-timeout-ms', default: 8_000,
    description: 'On SIGTERM, wait this long for clients to be closed and edits flushed before exiting.',
    schema: durationMsValue({ min: 0 }),
  }),
  defineOption({
    key: 'maxBufferedBytes', env: 'TANDEM_MAX_BUFFERED_BYTES', flag: '--max-buffered-bytes', default: 8_388_608,
    description: 'Close a client whose unsent backlog exceeds this (slow consumer).',
    schema: byteSizeValue({ min: 1 }),
  }),
  defineOption({
    key: 'allowedOrigins', env: 'TANDEM_ALLOWED_ORIGINS', flag: '--allowed-origins', default: [],
    description: 'Browser origins allowed to open a WebSocket (comma-separated); empty allows any origin.',
    schema: originListValue(),
  }),
  defineOption({
    key: 'maxConnectionsPerAddress', env: 'TANDEM_MAX_CONNECTIONS_PER_ADDRESS', flag: '--max-connections-per-address', default: 1_000,
    description: 'Refuse more simultaneous WebSocket connections than this from one IP address.',
    schema: integerValue({ min: 1 }),
  }),
  defineOption({
    key: 'adminToken', env: 'TANDEM_ADMIN_TOKEN', flag: '--admin-token', default: '', isSecret: true,
    description: 'Bearer token of the admin HTTP API; empty disables it. Prefer the variable: flags show in ps.',
    schema: secretValue({ minLength: 16 }),
  }),
] as const;

/** The relay's validated, frozen configuration. */
export type RelayConfig = ConfigOf<typeof relayOptions>;

/** Rules that involve several options, checked after each value is valid on its own. */
export const relayRules: readonly CrossFieldRule<RelayConfig>[] = [
  (config, nameOf) =>
    config.pingTimeoutMs >= config.pingIntervalMs
      ? null
      : `${nameOf('pingTimeoutMs')}: must be at least ${nameOf('pingIntervalMs')} ` +
        `(got ${config.pingTimeoutMs} < ${config.pingIntervalMs}), or every client would be dropped between two pings`,
];
