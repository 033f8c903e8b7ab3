import { defineOption, type ConfigOf, type CrossFieldRule } from './config-option';
import { addressListValue, booleanValue, byteSizeValue, databaseUrlValue, durationMsValue, enumValue, integerValue, originListValue, redisUrlValue, secretValue, textValue } from './value-schemas';

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
    key: 'metricsPort', env: 'TANDEM_METRICS_PORT', flag: '--metrics-port', default: 0,
    description: 'Serve Prometheus metrics on /metrics on this separate port; 0 turns the listener off.',
    schema: integerValue({ min: 0, max: 65_535 }),
  }),
  defineOption({
    key: 'metricsHost', env: 'TANDEM_METRICS_HOST', flag: '--metrics-host', default: '127.0.0.1',
    description: 'Interface of the metrics listener; keep it private (loopback or an internal network).',
    schema: textValue({ allowEmpty: false }),
  }),
  defineOption({
    key: 'sqliteSynchronous', env: 'TANDEM_SQLITE_SYNCHRONOUS', flag: '--sqlite-synchronous', default: 'normal',
    description: 'normal: acknowledged edits survive a crash or kill -9; full: they also survive power loss (an fsync per edit).',
    schema: enumValue(['normal', 'full']),
  }),
  defineOption({
    key: 'store', env: 'TANDEM_STORE', flag: '--store', default: 'sqlite',
    description: 'Where documents are stored: sqlite (a file in the data directory) or postgres (TANDEM_DATABASE_URL; several relays may share it).',
    schema: enumValue(['sqlite', 'postgres']),
  }),
  defineOption({
    key: 'databaseUrl', env: 'TANDEM_DATABASE_URL', flag: '--database-url', default: '', isSecret: true,
    description: 'PostgreSQL URL (postgres://user:password@host:5432/db) when the store is postgres; the relay creates and migrates its tables. Prefer the variable: flags show in ps.',
    schema: databaseUrlValue(),
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
    schema: durationMsValue({ min: 0, max: 86_400_000 }),
  }),
  defineOption({
    key: 'maxMessageBytes', env: 'TANDEM_MAX_MESSAGE_BYTES', flag: '--max-message-bytes', default: 16_777_216,
    description: 'Largest WebSocket message accepted; larger ones close the connection (1009).',
    schema: byteSizeValue({ min: 1_024 }),
  }),
  defineOption({
    key: 'maxImportBytes', env: 'TANDEM_MAX_IMPORT_BYTES', flag: '--max-import-bytes', default: 10_485_760,
    description: 'Largest Markdown or HTML body PUT to /api/docs/:name/content; larger ones get 413.',
    schema: byteSizeValue({ min: 1_024 }),
  }),
  defineOption({
    key: 'versionIdleMs', env: 'TANDEM_VERSION_IDLE_MS', flag: '--version-idle-ms', default: 120_000,
    description: 'Record a version of a document once its editing has paused this long (or its last client left); 0 turns automatic versions off.',
    schema: durationMsValue({ min: 0 }),
  }),
  defineOption({
    key: 'versionMaxIntervalMs', env: 'TANDEM_VERSION_MAX_INTERVAL_MS', flag: '--version-max-interval-ms', default: 1_800_000,
    description: 'During continuous editing, record a version at least this often.',
    schema: durationMsValue({ min: 1_000 }),
  }),
  defineOption({
    key: 'versionKeepAllMs', env: 'TANDEM_VERSION_KEEP_ALL_MS', flag: '--version-keep-all-ms', default: 86_400_000,
    description: 'Keep every automatic version younger than this; older ones are thinned (named versions are always kept).',
    schema: durationMsValue({ min: 0 }),
  }),
  defineOption({
    key: 'versionKeepHourlyMs', env: 'TANDEM_VERSION_KEEP_HOURLY_MS', flag: '--version-keep-hourly-ms', default: 604_800_000,
    description: 'Past the keep-all age and up to this age keep the newest automatic version of each hour; older, the newest of each day.',
    schema: durationMsValue({ min: 0 }),
  }),
  defineOption({
    key: 'pingIntervalMs', env: 'TANDEM_PING_INTERVAL_MS', flag: '--ping-interval-ms', default: 15_000,
    description: 'Send a WebSocket ping to each client this often.',
    schema: durationMsValue({ min: 10, max: 3_600_000 }),
  }),
  defineOption({
    key: 'pingTimeoutMs', env: 'TANDEM_PING_TIMEOUT_MS', flag: '--ping-timeout-ms', default: 45_000,
    description: 'Drop a client that has not answered for this long; at least the ping interval.',
    schema: durationMsValue({ min: 10, max: 3_600_000 }),
  }),
  defineOption({
    key: 'shutdownTimeoutMs', env: 'TANDEM_SHUTDOWN_TIMEOUT_MS', flag: '--shutdown-timeout-ms', default: 8_000,
    description: 'On SIGTERM, wait this long for clients to be closed and edits flushed before exiting.',
    schema: durationMsValue({ min: 0, max: 3_600_000 }),
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
    key: 'trustedProxies', env: 'TANDEM_TRUSTED_PROXIES', flag: '--trusted-proxies', default: [],
    description: 'Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For names the client, for per-address limits and logs; empty trusts none.',
    schema: addressListValue(),
  }),
  defineOption({
    key: 'adminToken', env: 'TANDEM_ADMIN_TOKEN', flag: '--admin-token', default: '', isSecret: true,
    description: 'Bearer token of the admin HTTP API; empty disables it. Prefer the variable: flags show in ps.',
    schema: secretValue({ minLength: 16 }),
  }),
  defineOption({
    key: 'authSecret', env: 'TANDEM_AUTH_SECRET', flag: '--auth-secret', default: '', isSecret: true,
    description: 'HS256 secret (≥ 32 bytes) that signs access tokens; turns auth on. Prefer the variable: flags show in ps.',
    schema: secretValue({ minLength: 32 }),
  }),
  defineOption({
    key: 'authPublicKeyFile', env: 'TANDEM_AUTH_PUBLIC_KEY_FILE', flag: '--auth-public-key-file', default: '',
    description: 'PEM (SPKI) public key file to verify ES256/RS256 tokens instead of a shared secret.',
    schema: textValue({ allowEmpty: true }),
  }),
  defineOption({
    key: 'authJwksFile', env: 'TANDEM_AUTH_JWKS_FILE', flag: '--auth-jwks-file', default: '',
    description: 'JWKS file (JSON) of public keys to verify ES256/RS256 tokens by their kid.',
    schema: textValue({ allowEmpty: true }),
  }),
  defineOption({
    key: 'authAlgorithm', env: 'TANDEM_AUTH_ALGORITHM', flag: '--auth-algorithm', default: 'ES256',
    description: 'Algorithm of the public key file.',
    schema: enumValue(['ES256', 'RS256']),
  }),
  defineOption({
    key: 'insecureNoAuth', env: 'TANDEM_INSECURE_NO_AUTH', flag: '--insecure-no-auth', default: false,
    description: 'Allow listening on a non-loopback address without auth (everyone may edit everything).',
    schema: booleanValue(),
  }),
  defineOption({
    key: 'maxAwarenessBytes', env: 'TANDEM_MAX_AWARENESS_BYTES', flag: '--max-awareness-bytes', default: 65_536,
    description: 'Largest awareness (presence) state of one client; bigger states are dropped.',
    schema: byteSizeValue({ min: 256 }),
  }),
  defineOption({
    key: 'rateLimitMessagesPerSecond', env: 'TANDEM_RATE_LIMIT_MESSAGES_PER_SECOND', flag: '--rate-limit-messages-per-second', default: 500,
    description: 'Sustained messages per second per connection; over it the relay stops reading the connection until it is back within the rate.',
    schema: integerValue({ min: 1 }),
  }),
  defineOption({
    key: 'rateLimitMessageBurst', env: 'TANDEM_RATE_LIMIT_MESSAGE_BURST', flag: '--rate-limit-message-burst', default: 2_000,
    description: 'Messages a connection may send in a burst above the sustained rate.',
    schema: integerValue({ min: 1 }),
  }),
  defineOption({
    key: 'rateLimitBytesPerSecond', env: 'TANDEM_RATE_LIMIT_BYTES_PER_SECOND', flag: '--rate-limit-bytes-per-second', default: 1_048_576,
    description: 'Sustained bytes per second per connection; over it reading pauses, as for messages.',
    schema: byteSizeValue({ min: 1_024 }),
  }),
  defineOption({
    key: 'rateLimitBytesBurst', env: 'TANDEM_RATE_LIMIT_BYTES_BURST', flag: '--rate-limit-bytes-burst', default: 33_554_432,
    description: 'Bytes a connection may send in a burst (the first sync of a big document).',
    schema: byteSizeValue({ min: 1_024 }),
  }),
  defineOption({
    key: 'maxConnectionsPerDoc', env: 'TANDEM_MAX_CONNECTIONS_PER_DOC', flag: '--max-connections-per-doc', default: 1_000,
    description: 'Connections to one document at once; more are closed with 1013.',
    schema: integerValue({ min: 1 }),
  }),
  defineOption({
    key: 'maxLoadedDocs', env: 'TANDEM_MAX_LOADED_DOCS', flag: '--max-loaded-docs', default: 10_000,
    description: 'Documents held in memory at once; opening another is refused with 1013.',
    schema: integerValue({ min: 1 }),
  }),
  defineOption({
    key: 'handshakeTimeoutMs', env: 'TANDEM_HANDSHAKE_TIMEOUT_MS', flag: '--handshake-timeout-ms', default: 10_000,
    description: 'A connection must send its first message within this time (4508).',
    schema: durationMsValue({ min: 100, max: 600_000 }),
  }),
  defineOption({
    key: 'redisUrl', env: 'TANDEM_REDIS_URL', flag: '--redis-url', default: '', isSecret: true,
    description: 'Redis that links several relays sharing one store (fan-out of edits and presence); empty runs a single relay.',
    schema: redisUrlValue(),
  }),
  defineOption({
    key: 'redisChannelPrefix', env: 'TANDEM_REDIS_CHANNEL_PREFIX', flag: '--redis-channel-prefix', default: 'tandem:',
    description: 'Prefix of the Redis pub/sub channels; give each deployment sharing one Redis its own.',
    schema: textValue({ allowEmpty: false }),
  }),
  defineOption({
    key: 'benchDurableAckLog', env: 'TANDEM_BENCH_DURABLE_ACK_LOG', flag: '--bench-durable-ack-log', default: '',
    description: 'For benchmarks only: append "<received ns> <durable ns>" per stored update to this file.',
    schema: textValue({ allowEmpty: true }),
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
  (config, nameOf) =>
    [config.authSecret, config.authPublicKeyFile, config.authJwksFile].filter(Boolean).length <= 1
      ? null
      : `${nameOf('authSecret')}, ${nameOf('authPublicKeyFile')} and ${nameOf('authJwksFile')}: set at most one`,
  (config, nameOf) =>
    (config.store === 'postgres') === (config.databaseUrl !== '')
      ? null
      : config.store === 'postgres'
        ? `${nameOf('databaseUrl')}: required when ${nameOf('store')} is postgres`
        : `${nameOf('databaseUrl')}: set, but ${nameOf('store')} is sqlite (set it to postgres, or unset the URL)`,
];
