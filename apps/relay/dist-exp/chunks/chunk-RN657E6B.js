import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  foldUncoveredUpdates,
  parseNumericVersionId
} from "./chunk-ILUOTBRX.js";

// ../../packages/config/src/closest-name.ts
function closestName(typed, candidates) {
  let best = null;
  let bestDistance = Math.min(3, Math.floor(typed.length / 2));
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate.toLowerCase());
    if (distance <= bestDistance) [best, bestDistance] = [candidate, distance - 1];
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

// ../../packages/config/src/config-option.ts
function defineOption(option) {
  return option;
}
function isBooleanOption(option) {
  return typeof option.default === "boolean";
}

// ../../packages/config/src/raw-values.ts
var ENV_PREFIX = "TANDEM_";
var HELP_FLAGS = ["--help", "-h"];
function readEnv(options, env) {
  const byEnv = new Map(options.map((option) => [option.env, option]));
  const values = /* @__PURE__ */ new Map();
  const errors = [];
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || raw === void 0) continue;
    const option = byEnv.get(name);
    if (option) values.set(option.key, { raw, source: name });
    else errors.push(`${name}: unknown variable${hint(name, [...byEnv.keys()])}`);
  }
  return { values, errors };
}
function readFlags(options, argv) {
  const byFlag = new Map(options.map((option) => [option.flag, option]));
  const values = /* @__PURE__ */ new Map();
  const errors = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (HELP_FLAGS.includes(token)) continue;
    if (!token.startsWith("-")) {
      errors.push(`unexpected argument "${token}" (options are flags such as --port 1234)`);
      continue;
    }
    const equals = token.indexOf("=");
    const flag = equals === -1 ? token : token.slice(0, equals);
    const inline = equals === -1 ? void 0 : token.slice(equals + 1);
    const negated = flag.startsWith("--no-") ? byFlag.get(`--${flag.slice(5)}`) : void 0;
    if (negated && isBooleanOption(negated) && inline === void 0) {
      values.set(negated.key, { raw: "false", source: flag });
      continue;
    }
    const option = byFlag.get(flag);
    if (!option) {
      errors.push(`${flag}: unknown flag${hint(flag, [...byFlag.keys()])}`);
      if (inline === void 0 && i + 1 < argv.length && !argv[i + 1].startsWith("-")) i++;
      continue;
    }
    if (inline !== void 0) values.set(option.key, { raw: inline, source: flag });
    else if (isBooleanOption(option)) values.set(option.key, { raw: "true", source: flag });
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) values.set(option.key, { raw: argv[++i], source: flag });
    else errors.push(`${flag}: missing value (use ${flag} <value> or ${flag}=<value>)`);
  }
  return { values, errors };
}
function hint(typed, candidates) {
  const closest = closestName(typed, candidates);
  return closest ? ` (did you mean ${closest}?)` : "";
}

// ../../packages/config/src/value-schemas.ts
import { isIP } from "node:net";
var REFUSED = Symbol("refused");
function valueSchema(description, parseRaw) {
  return {
    description,
    safeParse(raw) {
      const value = parseRaw(raw);
      return value === REFUSED ? { success: false } : { success: true, data: value };
    },
    parse(raw) {
      const value = parseRaw(raw);
      if (value === REFUSED) throw new Error(`must be ${description}`);
      return value;
    }
  };
}
var INTEGER = /^[+-]?\d+$/;
function integerValue(options) {
  const { min, max = Number.MAX_SAFE_INTEGER, unit } = options;
  const range = max === Number.MAX_SAFE_INTEGER ? `\u2265 ${min}` : `between ${min} and ${max}`;
  const expected = unit ? `${unit} (an integer ${range})` : `an integer ${range}`;
  return valueSchema(expected, (raw) => {
    const text = raw.trim();
    if (!INTEGER.test(text)) return REFUSED;
    const value = Number(text);
    return Number.isSafeInteger(value) && value >= min && value <= max ? value : REFUSED;
  });
}
function byteSizeValue(options) {
  return integerValue({ ...options, unit: "a size in bytes" });
}
var MAX_DURATION_MS = 2147483647;
function durationMsValue(options) {
  return integerValue({ min: options.min, max: Math.min(options.max ?? MAX_DURATION_MS, MAX_DURATION_MS), unit: "a duration in milliseconds" });
}
function enumValue(values) {
  const expected = `one of ${values.join(", ")}`;
  const allowed = new Set(values);
  const isAllowed = (raw) => allowed.has(raw);
  return valueSchema(expected, (raw) => isAllowed(raw) ? raw : REFUSED);
}
function textValue(options) {
  const expected = options.allowEmpty ? "a string" : "a non-empty string";
  return valueSchema(expected, (raw) => options.allowEmpty || raw !== "" ? raw : REFUSED);
}
function booleanValue() {
  const expected = "true, false, 1 or 0";
  return valueSchema(expected, (raw) => {
    const word = raw.toLowerCase();
    return word === "true" || word === "1" ? true : word === "false" || word === "0" ? false : REFUSED;
  });
}
function originListValue() {
  const expected = "a comma-separated list of origins such as https://docs.example.com";
  return valueSchema(expected, (raw) => {
    const origins = [];
    for (const part of raw.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "")) {
      const origin = toOrigin(part);
      if (origin === null) return REFUSED;
      origins.push(origin);
    }
    return Object.freeze(origins);
  });
}
function addressListValue() {
  const expected = "a comma-separated list of IP addresses or CIDR ranges such as 10.0.0.0/8, ::1";
  return valueSchema(expected, (raw) => {
    const entries = raw.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
    return entries.every(isAddressOrRange) ? Object.freeze(entries) : REFUSED;
  });
}
function isAddressOrRange(entry) {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === void 0) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
function secretValue(options) {
  const expected = `empty (disabled) or at least ${options.minLength} characters`;
  return valueSchema(expected, (raw) => raw === "" || raw.length >= options.minLength ? raw : REFUSED);
}
function databaseUrlValue() {
  const expected = "empty or a URL such as postgres://user:password@host:5432/database";
  return valueSchema(expected, (raw) => {
    const value = raw.trim();
    return value === "" || isPostgresUrl(value) ? value : REFUSED;
  });
}
function isPostgresUrl(text) {
  try {
    return /^postgres(ql)?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}
function toOrigin(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const isBare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password && !text.endsWith("/");
  return (url.protocol === "http:" || url.protocol === "https:") && isBare ? url.origin : null;
}
function redisUrlValue() {
  const expected = "empty (off) or a URL such as redis://redis:6379 or rediss://user:password@host:6380/0";
  return valueSchema(expected, (raw) => {
    const value = raw.trim();
    return value === "" || isRedisUrl(value) ? value : REFUSED;
  });
}
function isRedisUrl(text) {
  try {
    const url = new URL(text);
    return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "";
  } catch {
    return false;
  }
}

// ../../packages/config/src/relay-options.ts
var LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];
var relayOptions = [
  defineOption({
    key: "port",
    env: "TANDEM_PORT",
    flag: "--port",
    default: 1234,
    description: "TCP port for HTTP and WebSocket; 0 picks a free port.",
    schema: integerValue({ min: 0, max: 65535 })
  }),
  defineOption({
    key: "host",
    env: "TANDEM_HOST",
    flag: "--host",
    default: "127.0.0.1",
    description: "Interface to listen on; 0.0.0.0 (or ::) exposes the relay to the network.",
    schema: textValue({ allowEmpty: false })
  }),
  defineOption({
    key: "dataDir",
    env: "TANDEM_DATA_DIR",
    flag: "--data-dir",
    default: "./data",
    description: "Directory of the SQLite database (tandem.db); created if missing.",
    schema: textValue({ allowEmpty: false })
  }),
  defineOption({
    key: "webDir",
    env: "TANDEM_WEB_DIR",
    flag: "--web-dir",
    default: "",
    description: "Directory of the built web app to serve; empty means the one built next to the relay.",
    schema: textValue({ allowEmpty: true })
  }),
  defineOption({
    key: "logLevel",
    env: "TANDEM_LOG_LEVEL",
    flag: "--log-level",
    default: "info",
    description: "Least severe log level written (JSON lines on stdout).",
    schema: enumValue(LOG_LEVELS)
  }),
  defineOption({
    key: "metricsPort",
    env: "TANDEM_METRICS_PORT",
    flag: "--metrics-port",
    default: 0,
    description: "Serve Prometheus metrics on /metrics on this separate port; 0 turns the listener off.",
    schema: integerValue({ min: 0, max: 65535 })
  }),
  defineOption({
    key: "metricsHost",
    env: "TANDEM_METRICS_HOST",
    flag: "--metrics-host",
    default: "127.0.0.1",
    description: "Interface of the metrics listener; keep it private (loopback or an internal network).",
    schema: textValue({ allowEmpty: false })
  }),
  defineOption({
    key: "sqliteSynchronous",
    env: "TANDEM_SQLITE_SYNCHRONOUS",
    flag: "--sqlite-synchronous",
    default: "normal",
    description: "normal: acknowledged edits survive a crash or kill -9; full: they also survive power loss (an fsync per edit).",
    schema: enumValue(["normal", "full"])
  }),
  defineOption({
    key: "store",
    env: "TANDEM_STORE",
    flag: "--store",
    default: "sqlite",
    description: "Where documents are stored: sqlite (a file in the data directory) or postgres (TANDEM_DATABASE_URL; several relays may share it).",
    schema: enumValue(["sqlite", "postgres"])
  }),
  defineOption({
    key: "databaseUrl",
    env: "TANDEM_DATABASE_URL",
    flag: "--database-url",
    default: "",
    isSecret: true,
    description: "PostgreSQL URL (postgres://user:password@host:5432/db) when the store is postgres; the relay creates and migrates its tables. Prefer the variable: flags show in ps.",
    schema: databaseUrlValue()
  }),
  defineOption({
    key: "compactMaxUpdates",
    env: "TANDEM_COMPACT_MAX_UPDATES",
    flag: "--compact-max-updates",
    default: 500,
    description: "Compact a document once its update log holds this many updates.",
    schema: integerValue({ min: 1 })
  }),
  defineOption({
    key: "compactMaxBytes",
    env: "TANDEM_COMPACT_MAX_BYTES",
    flag: "--compact-max-bytes",
    default: 1048576,
    description: "Compact a document once its update log holds this many bytes.",
    schema: byteSizeValue({ min: 1 })
  }),
  defineOption({
    key: "unloadGraceMs",
    env: "TANDEM_UNLOAD_GRACE_MS",
    flag: "--unload-grace-ms",
    default: 5e3,
    description: "Keep a document in memory this long after its last client leaves.",
    schema: durationMsValue({ min: 0, max: 864e5 })
  }),
  defineOption({
    key: "maxMessageBytes",
    env: "TANDEM_MAX_MESSAGE_BYTES",
    flag: "--max-message-bytes",
    default: 16777216,
    description: "Largest WebSocket message accepted; larger ones close the connection (1009).",
    schema: byteSizeValue({ min: 1024 })
  }),
  defineOption({
    key: "maxImportBytes",
    env: "TANDEM_MAX_IMPORT_BYTES",
    flag: "--max-import-bytes",
    default: 10485760,
    description: "Largest Markdown or HTML body PUT to /api/docs/:name/content; larger ones get 413.",
    schema: byteSizeValue({ min: 1024 })
  }),
  defineOption({
    key: "versionIdleMs",
    env: "TANDEM_VERSION_IDLE_MS",
    flag: "--version-idle-ms",
    default: 12e4,
    description: "Record a version of a document once its editing has paused this long (or its last client left); 0 turns automatic versions off.",
    schema: durationMsValue({ min: 0 })
  }),
  defineOption({
    key: "versionMaxIntervalMs",
    env: "TANDEM_VERSION_MAX_INTERVAL_MS",
    flag: "--version-max-interval-ms",
    default: 18e5,
    description: "During continuous editing, record a version at least this often.",
    schema: durationMsValue({ min: 1e3 })
  }),
  defineOption({
    key: "versionKeepAllMs",
    env: "TANDEM_VERSION_KEEP_ALL_MS",
    flag: "--version-keep-all-ms",
    default: 864e5,
    description: "Keep every automatic version younger than this; older ones are thinned (named versions are always kept).",
    schema: durationMsValue({ min: 0 })
  }),
  defineOption({
    key: "versionKeepHourlyMs",
    env: "TANDEM_VERSION_KEEP_HOURLY_MS",
    flag: "--version-keep-hourly-ms",
    default: 6048e5,
    description: "Past the keep-all age and up to this age keep the newest automatic version of each hour; older, the newest of each day.",
    schema: durationMsValue({ min: 0 })
  }),
  defineOption({
    key: "pingIntervalMs",
    env: "TANDEM_PING_INTERVAL_MS",
    flag: "--ping-interval-ms",
    default: 15e3,
    description: "Send a WebSocket ping to each client this often.",
    schema: durationMsValue({ min: 10, max: 36e5 })
  }),
  defineOption({
    key: "pingTimeoutMs",
    env: "TANDEM_PING_TIMEOUT_MS",
    flag: "--ping-timeout-ms",
    default: 45e3,
    description: "Drop a client that has not answered for this long; at least the ping interval.",
    schema: durationMsValue({ min: 10, max: 36e5 })
  }),
  defineOption({
    key: "shutdownTimeoutMs",
    env: "TANDEM_SHUTDOWN_TIMEOUT_MS",
    flag: "--shutdown-timeout-ms",
    default: 8e3,
    description: "On SIGTERM, wait this long for clients to be closed and edits flushed before exiting.",
    schema: durationMsValue({ min: 0, max: 36e5 })
  }),
  defineOption({
    key: "maxBufferedBytes",
    env: "TANDEM_MAX_BUFFERED_BYTES",
    flag: "--max-buffered-bytes",
    default: 8388608,
    description: "Close a client whose unsent backlog exceeds this (slow consumer).",
    schema: byteSizeValue({ min: 1 })
  }),
  defineOption({
    key: "allowedOrigins",
    env: "TANDEM_ALLOWED_ORIGINS",
    flag: "--allowed-origins",
    default: [],
    description: "Browser origins allowed to open a WebSocket (comma-separated); empty allows any origin.",
    schema: originListValue()
  }),
  defineOption({
    key: "maxConnectionsPerAddress",
    env: "TANDEM_MAX_CONNECTIONS_PER_ADDRESS",
    flag: "--max-connections-per-address",
    default: 1e3,
    description: "Refuse more simultaneous WebSocket connections than this from one IP address.",
    schema: integerValue({ min: 1 })
  }),
  defineOption({
    key: "trustedProxies",
    env: "TANDEM_TRUSTED_PROXIES",
    flag: "--trusted-proxies",
    default: [],
    description: "Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For names the client, for per-address limits and logs; empty trusts none.",
    schema: addressListValue()
  }),
  defineOption({
    key: "adminToken",
    env: "TANDEM_ADMIN_TOKEN",
    flag: "--admin-token",
    default: "",
    isSecret: true,
    description: "Bearer token of the admin HTTP API; empty disables it. Prefer the variable: flags show in ps.",
    schema: secretValue({ minLength: 16 })
  }),
  defineOption({
    key: "authSecret",
    env: "TANDEM_AUTH_SECRET",
    flag: "--auth-secret",
    default: "",
    isSecret: true,
    description: "HS256 secret (\u2265 32 bytes) that signs access tokens; turns auth on. Prefer the variable: flags show in ps.",
    schema: secretValue({ minLength: 32 })
  }),
  defineOption({
    key: "authPublicKeyFile",
    env: "TANDEM_AUTH_PUBLIC_KEY_FILE",
    flag: "--auth-public-key-file",
    default: "",
    description: "PEM (SPKI) public key file to verify ES256/RS256 tokens instead of a shared secret.",
    schema: textValue({ allowEmpty: true })
  }),
  defineOption({
    key: "authJwksFile",
    env: "TANDEM_AUTH_JWKS_FILE",
    flag: "--auth-jwks-file",
    default: "",
    description: "JWKS file (JSON) of public keys to verify ES256/RS256 tokens by their kid.",
    schema: textValue({ allowEmpty: true })
  }),
  defineOption({
    key: "authAlgorithm",
    env: "TANDEM_AUTH_ALGORITHM",
    flag: "--auth-algorithm",
    default: "ES256",
    description: "Algorithm of the public key file.",
    schema: enumValue(["ES256", "RS256"])
  }),
  defineOption({
    key: "insecureNoAuth",
    env: "TANDEM_INSECURE_NO_AUTH",
    flag: "--insecure-no-auth",
    default: false,
    description: "Allow listening on a non-loopback address without auth (everyone may edit everything).",
    schema: booleanValue()
  }),
  defineOption({
    key: "maxAwarenessBytes",
    env: "TANDEM_MAX_AWARENESS_BYTES",
    flag: "--max-awareness-bytes",
    default: 65536,
    description: "Largest awareness (presence) state of one client; bigger states are dropped.",
    schema: byteSizeValue({ min: 256 })
  }),
  defineOption({
    key: "rateLimitMessagesPerSecond",
    env: "TANDEM_RATE_LIMIT_MESSAGES_PER_SECOND",
    flag: "--rate-limit-messages-per-second",
    default: 500,
    description: "Sustained messages per second per connection; over it the relay stops reading the connection until it is back within the rate.",
    schema: integerValue({ min: 1 })
  }),
  defineOption({
    key: "rateLimitMessageBurst",
    env: "TANDEM_RATE_LIMIT_MESSAGE_BURST",
    flag: "--rate-limit-message-burst",
    default: 2e3,
    description: "Messages a connection may send in a burst above the sustained rate.",
    schema: integerValue({ min: 1 })
  }),
  defineOption({
    key: "rateLimitBytesPerSecond",
    env: "TANDEM_RATE_LIMIT_BYTES_PER_SECOND",
    flag: "--rate-limit-bytes-per-second",
    default: 1048576,
    description: "Sustained bytes per second per connection; over it reading pauses, as for messages.",
    schema: byteSizeValue({ min: 1024 })
  }),
  defineOption({
    key: "rateLimitBytesBurst",
    env: "TANDEM_RATE_LIMIT_BYTES_BURST",
    flag: "--rate-limit-bytes-burst",
    default: 33554432,
    description: "Bytes a connection may send in a burst (the first sync of a big document).",
    schema: byteSizeValue({ min: 1024 })
  }),
  defineOption({
    key: "maxConnectionsPerDoc",
    env: "TANDEM_MAX_CONNECTIONS_PER_DOC",
    flag: "--max-connections-per-doc",
    default: 1e3,
    description: "Connections to one document at once; more are closed with 1013.",
    schema: integerValue({ min: 1 })
  }),
  defineOption({
    key: "maxLoadedDocs",
    env: "TANDEM_MAX_LOADED_DOCS",
    flag: "--max-loaded-docs",
    default: 1e4,
    description: "Documents held in memory at once; opening another is refused with 1013.",
    schema: integerValue({ min: 1 })
  }),
  defineOption({
    key: "handshakeTimeoutMs",
    env: "TANDEM_HANDSHAKE_TIMEOUT_MS",
    flag: "--handshake-timeout-ms",
    default: 1e4,
    description: "A connection must send its first message within this time (4508).",
    schema: durationMsValue({ min: 100, max: 6e5 })
  }),
  defineOption({
    key: "redisUrl",
    env: "TANDEM_REDIS_URL",
    flag: "--redis-url",
    default: "",
    isSecret: true,
    description: "Redis that links several relays sharing one store (fan-out of edits and presence); empty runs a single relay.",
    schema: redisUrlValue()
  }),
  defineOption({
    key: "redisChannelPrefix",
    env: "TANDEM_REDIS_CHANNEL_PREFIX",
    flag: "--redis-channel-prefix",
    default: "tandem:",
    description: "Prefix of the Redis pub/sub channels; give each deployment sharing one Redis its own.",
    schema: textValue({ allowEmpty: false })
  }),
  defineOption({
    key: "benchDurableAckLog",
    env: "TANDEM_BENCH_DURABLE_ACK_LOG",
    flag: "--bench-durable-ack-log",
    default: "",
    description: 'For benchmarks only: append "<received ns> <durable ns>" per stored update to this file.',
    schema: textValue({ allowEmpty: true })
  })
];
var relayRules = [
  (config, nameOf) => config.pingTimeoutMs >= config.pingIntervalMs ? null : `${nameOf("pingTimeoutMs")}: must be at least ${nameOf("pingIntervalMs")} (got ${config.pingTimeoutMs} < ${config.pingIntervalMs}), or every client would be dropped between two pings`,
  (config, nameOf) => [config.authSecret, config.authPublicKeyFile, config.authJwksFile].filter(Boolean).length <= 1 ? null : `${nameOf("authSecret")}, ${nameOf("authPublicKeyFile")} and ${nameOf("authJwksFile")}: set at most one`,
  (config, nameOf) => config.store === "postgres" === (config.databaseUrl !== "") ? null : config.store === "postgres" ? `${nameOf("databaseUrl")}: required when ${nameOf("store")} is postgres` : `${nameOf("databaseUrl")}: set, but ${nameOf("store")} is sqlite (set it to postgres, or unset the URL)`
];

// ../../packages/config/src/parse-config.ts
function wantsHelp(argv) {
  return argv.some((token) => HELP_FLAGS.includes(token));
}
function parseConfig(input) {
  return parseOptions(relayOptions, relayRules, input);
}
function parseOptions(options, rules, input) {
  const fromEnv = readEnv(options, input.env);
  const fromFlags = readFlags(options, input.argv);
  const errors = [...fromEnv.errors, ...fromFlags.errors];
  const config = {};
  const sources = /* @__PURE__ */ new Map();
  for (const option of options) {
    const given = fromFlags.values.get(option.key) ?? fromEnv.values.get(option.key);
    sources.set(option.key, given?.source ?? option.env);
    if (!given) {
      config[option.key] = option.default;
      continue;
    }
    const parsed = option.schema.safeParse(given.raw);
    if (parsed.success) config[option.key] = parsed.data;
    else errors.push(`${given.source}: must be ${option.schema.description} (got ${shown(option, given.raw)})`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const typed = Object.freeze(config);
  const nameOf = (key) => sources.get(key) ?? key;
  const ruleErrors = rules.map((rule) => rule(typed, nameOf)).filter((error) => error !== null);
  if (ruleErrors.length > 0) return { ok: false, errors: ruleErrors };
  return { ok: true, config: typed };
}
function shown(option, raw) {
  return option.isSecret ? `${raw.length} characters` : JSON.stringify(raw);
}

// ../../packages/config/src/format-help.ts
var INDENT = "      ";
function formatHelp(options = relayOptions, command = "tandem-relay") {
  const lines = [
    `Usage: ${command} [options]`,
    "",
    `Every option is a flag or an environment variable; flags win over environment variables,`,
    `which win over defaults. Unknown flags and unknown ${ENV_PREFIX}* variables are errors`,
    `(they are usually typos). Switches read true/false/1/0 from the environment.`,
    "",
    "Options:"
  ];
  const flagWidth = Math.max(...options.map((option) => flagUsage(option).length));
  const envWidth = Math.max(...options.map((option) => option.env.length));
  for (const option of options) {
    const columns = `${flagUsage(option).padEnd(flagWidth)}  ${option.env.padEnd(envWidth)}`;
    lines.push(`  ${columns}  default: ${formatDefault(option)}`);
    lines.push(`${INDENT}${option.description} Accepts ${option.schema.description}.`);
  }
  lines.push("  -h, --help", `${INDENT}Print this help and exit.`);
  return lines.join("\n");
}
function flagUsage(option) {
  return isBooleanOption(option) ? `${option.flag}, --no-${option.flag.slice(2)}` : `${option.flag} <value>`;
}
function formatDefault(option) {
  const text = Array.isArray(option.default) ? option.default.join(",") : String(option.default);
  return text === "" ? '""' : text;
}

// ../../packages/storage-sqlite/src/sqlite-backup.ts
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

// ../../packages/storage-sqlite/src/schema.ts
var TANDEM_APPLICATION_ID = 1413762353;
var MIGRATIONS = [
  `
  CREATE TABLE docs (
    name         TEXT PRIMARY KEY,
    last_seq     INTEGER NOT NULL,
    snapshot_seq INTEGER NOT NULL,
    log_count    INTEGER NOT NULL,
    log_bytes    INTEGER NOT NULL,
    size_bytes   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE updates (
    doc         TEXT NOT NULL REFERENCES docs (name) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    is_snapshot INTEGER NOT NULL CHECK (is_snapshot IN (0, 1)),
    data        BLOB NOT NULL,
    PRIMARY KEY (doc, seq)
  ) STRICT, WITHOUT ROWID;
  `,
  // Versions: full snapshots of a document, independent of its update log (compaction never
  // touches them). AUTOINCREMENT so an id is never reused after a deletion. The foreign key
  // refuses a version of a document that is not stored and removes versions with their document.
  `
  CREATE TABLE versions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    doc        TEXT NOT NULL REFERENCES docs (name) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('auto', 'named')),
    name       TEXT,
    created_at INTEGER NOT NULL,
    authors    TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    data       BLOB NOT NULL
  ) STRICT;
  CREATE INDEX versions_by_doc ON versions (doc, created_at, id);
  `
];
var SCHEMA_VERSION = MIGRATIONS.length;
function migrateSchema(db) {
  const migrate = db.transaction(() => {
    const version = db.pragma("user_version", { simple: true });
    const applicationId = db.pragma("application_id", { simple: true });
    if (applicationId !== 0 && applicationId !== TANDEM_APPLICATION_ID) {
      throw new Error(`not a Tandem database (application_id ${applicationId})`);
    }
    if (version > SCHEMA_VERSION) {
      throw new Error(`schema version ${version} is newer than this relay supports (${SCHEMA_VERSION}); upgrade Tandem`);
    }
    if (version === 0 && hasTables(db)) {
      throw new Error("not a Tandem database (it already holds other tables)");
    }
    for (const step of MIGRATIONS.slice(version)) db.exec(step);
    if (version < SCHEMA_VERSION) {
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      db.pragma(`application_id = ${TANDEM_APPLICATION_ID}`);
    }
  });
  migrate.immediate();
}
function hasTables(db) {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== void 0;
}

// ../../packages/storage-sqlite/src/sqlite-backup.ts
var ALL_PAGES = 2147483647;
async function backupSqliteDatabase(sourcePath, targetPath) {
  if (!existsSync(sourcePath)) throw new Error(`no database at ${sourcePath}`);
  if (existsSync(targetPath)) throw new Error(`${targetPath} already exists; choose a new file name`);
  const source = new Database(sourcePath, { readonly: true, fileMustExist: true, timeout: 5e3 });
  try {
    checkIsTandemDatabase(source, sourcePath);
    return await copyDatabase(source, targetPath);
  } finally {
    source.close();
  }
}
var DatabaseInUseError = class extends Error {
  name = "DatabaseInUseError";
};
async function restoreSqliteDatabase(backupPath, targetPath) {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true });
  let current = null;
  try {
    checkIsTandemDatabase(backup, backupPath);
    current = existsSync(targetPath) ? lockExclusively(targetPath) : null;
    const staged = await copyDatabase(backup, targetPath, { isStagedOnly: true });
    let previousPath = null;
    if (current) {
      current.pragma("wal_checkpoint(TRUNCATE)");
      current.close();
      current = null;
      previousPath = `${targetPath}.pre-restore-${(/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-")}`;
      renameSync(targetPath, previousPath);
      for (const suffix of ["-wal", "-shm"]) rmSync(`${targetPath}${suffix}`, { force: true });
    }
    renameSync(staged.path, targetPath);
    syncFile(dirname(targetPath));
    return { ...staged.result, previousPath };
  } finally {
    current?.close();
    backup.close();
  }
}
function lockExclusively(path) {
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return db;
  } catch (error) {
    db.close();
    if (error.code === "SQLITE_BUSY") {
      throw new DatabaseInUseError(`${path} is in use by another process: stop the relay before restoring`);
    }
    throw error;
  }
}
async function copyDatabase(source, targetPath, options) {
  const partial = `${targetPath}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  let isKept = false;
  try {
    const progress = await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial, { fileMustExist: true });
    let documents;
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
      documents = copy.prepare("SELECT count(*) FROM docs").pluck().get() ?? 0;
    } finally {
      copy.close();
    }
    syncFile(partial);
    const pageSize = source.pragma("page_size", { simple: true });
    const result = { pages: progress.totalPages, bytes: progress.totalPages * pageSize, documents };
    if (options?.isStagedOnly) {
      isKept = true;
      return { path: partial, result };
    }
    renameSync(partial, targetPath);
    syncFile(dirname(targetPath));
    return result;
  } finally {
    for (const suffix of isKept ? ["-journal", "-wal", "-shm"] : ["", "-journal", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  }
}
function checkIsTandemDatabase(db, path) {
  const applicationId = db.pragma("application_id", { simple: true });
  const version = db.pragma("user_version", { simple: true });
  if (applicationId !== TANDEM_APPLICATION_ID) throw new Error(`${path} is not a Tandem database`);
  if (version > SCHEMA_VERSION) throw new Error(`${path} has schema version ${version}, newer than this Tandem (${SCHEMA_VERSION}); upgrade first`);
}
function syncFile(path) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// ../../packages/storage-sqlite/src/sqlite-reader.ts
import Database2 from "better-sqlite3";
function openSqliteReader(path) {
  const db = new Database2(path, { readonly: true, fileMustExist: true, timeout: 5e3 });
  const list = db.prepare("SELECT name, size_bytes AS sizeBytes, updated_at AS updatedAt FROM docs ORDER BY name");
  const exists = db.prepare("SELECT 1 FROM docs WHERE name = ?").pluck();
  const data = db.prepare("SELECT data FROM updates WHERE doc = ? ORDER BY seq").pluck();
  const load = db.transaction((doc) => exists.get(doc) === void 0 ? null : data.all(doc).map((b) => new Uint8Array(b)));
  return {
    list: () => list.all(),
    load: (doc) => load(doc),
    close: () => db.close()
  };
}

// ../../packages/storage-sqlite/src/directory-lock.ts
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database3 from "better-sqlite3";
var LOCK_FILE_NAME = "tandem.lock";
var DirectoryLockedError = class extends Error {
  constructor(directory) {
    super(`another Tandem relay is using the data directory ${directory} (it holds ${join(directory, LOCK_FILE_NAME)})`);
    this.directory = directory;
    this.name = "DirectoryLockedError";
  }
};
function lockDirectory(directory) {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, LOCK_FILE_NAME);
  const db = new Database3(path, { timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder;");
    db.prepare("INSERT INTO holder (pid) VALUES (?)").run(process.pid);
    db.exec("COMMIT");
  } catch (error) {
    db.close();
    if (error.code === "SQLITE_BUSY") throw new DirectoryLockedError(directory);
    throw error;
  }
  return {
    path,
    release: () => {
      if (db.open) db.close();
    }
  };
}

// ../../packages/storage-sqlite/src/background-checkpointer.ts
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
db.pragma('synchronous = ' + workerData.synchronous);
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;
function startBackgroundCheckpointer(options) {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driverPath: createRequire(import.meta.url).resolve("better-sqlite3"),
      path: options.path,
      synchronous: options.synchronous === "full" ? "FULL" : "NORMAL",
      busyTimeoutMs: options.busyTimeoutMs,
      intervalMs: options.intervalMs
    }
  });
  worker.unref();
  const exited = new Promise((resolve) => worker.once("exit", () => resolve()));
  worker.once("error", (error) => options.onFailure(error));
  return {
    async stop() {
      worker.ref();
      worker.postMessage("stop");
      await exited;
    }
  };
}

// ../../packages/storage-sqlite/src/open-database.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import { dirname as dirname2 } from "node:path";
import Database4 from "better-sqlite3";
var IN_MEMORY = ":memory:";
function isInMemoryPath(path) {
  return path === IN_MEMORY || path === "";
}
var JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
function openDatabase(path, options) {
  let db;
  try {
    if (!isInMemoryPath(path)) mkdirSync2(dirname2(path), { recursive: true });
    db = new Database4(path, { timeout: options.busyTimeoutMs });
    const journalMode = db.pragma("journal_mode = WAL", { simple: true });
    if (journalMode !== "wal" && !isInMemoryPath(path)) {
      throw new Error(`WAL journal mode is unavailable here (got "${journalMode}"); use a local filesystem`);
    }
    db.pragma(`synchronous = ${options.synchronous === "full" ? "FULL" : "NORMAL"}`);
    db.pragma("foreign_keys = ON");
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
    db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(options.autoCheckpointPages))}`);
    migrateSchema(db);
    return db;
  } catch (error) {
    db?.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the SQLite doc store at ${path}: ${detail}`, { cause: error });
  }
}

// ../../packages/storage-sqlite/src/append-batcher.ts
function createAppendBatcher(commit, schedule = setImmediate) {
  let queue = [];
  let isScheduled = false;
  const flush = () => {
    isScheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    let seqs;
    try {
      seqs = commit(batch);
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => item.resolve({ seq: seqs[i] }));
  };
  return {
    append(doc, update) {
      return new Promise((resolve, reject) => {
        queue.push({ doc, update, resolve, reject });
        if (!isScheduled) {
          isScheduled = true;
          schedule(flush);
        }
      });
    },
    flush
  };
}

// ../../packages/storage-sqlite/src/sqlite-statements.ts
function prepareStatements(db) {
  return {
    // Params: name, byte length (twice: log and total), now. `max` keeps updated_at from
    // moving backwards when the wall clock steps back.
    bumpDoc: db.prepare(
      `INSERT INTO docs (name, last_seq, snapshot_seq, log_count, log_bytes, size_bytes, updated_at)
         VALUES (?, 1, 0, 1, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET
           last_seq = last_seq + 1, log_count = log_count + 1,
           log_bytes = log_bytes + excluded.log_bytes, size_bytes = size_bytes + excluded.size_bytes,
           updated_at = max(updated_at, excluded.updated_at)
         RETURNING last_seq`
    ).pluck(),
    insertUpdate: db.prepare("INSERT INTO updates (doc, seq, is_snapshot, data) VALUES (?, ?, 0, ?)"),
    selectDoc: db.prepare("SELECT last_seq, snapshot_seq, log_count, log_bytes FROM docs WHERE name = ?"),
    selectData: db.prepare("SELECT data FROM updates WHERE doc = ? ORDER BY seq").pluck(),
    selectDataThrough: db.prepare("SELECT data FROM updates WHERE doc = ? AND seq <= ? ORDER BY seq").pluck(),
    // length() of a BLOB reads the record header only, not the (possibly large) payload.
    measureThrough: db.prepare(
      `SELECT count(*) FILTER (WHERE is_snapshot = 0) AS log_count,
              coalesce(sum(length(data)) FILTER (WHERE is_snapshot = 0), 0) AS log_bytes,
              coalesce(sum(length(data)), 0) AS total_bytes
       FROM updates WHERE doc = ? AND seq <= ?`
    ),
    deleteThrough: db.prepare("DELETE FROM updates WHERE doc = ? AND seq <= ?"),
    insertSnapshot: db.prepare("INSERT INTO updates (doc, seq, is_snapshot, data) VALUES (?, ?, 1, ?)"),
    recordCompaction: db.prepare(
      `UPDATE docs SET snapshot_seq = ?, log_count = log_count - ?, log_bytes = log_bytes - ?,
         size_bytes = size_bytes - ? + ?, updated_at = max(updated_at, ?)
       WHERE name = ?`
    ),
    listDocs: db.prepare("SELECT name, size_bytes AS sizeBytes, updated_at AS updatedAt FROM docs ORDER BY name"),
    deleteUpdates: db.prepare("DELETE FROM updates WHERE doc = ?"),
    deleteDoc: db.prepare("DELETE FROM docs WHERE name = ?"),
    ping: db.prepare("SELECT 1").pluck(),
    insertVersion: db.prepare(
      `INSERT INTO versions (doc, kind, name, created_at, authors, size_bytes, data) VALUES (?, ?, ?, ?, ?, ?, ?)
       RETURNING id, kind, name, created_at, authors, size_bytes`
    ),
    listVersions: db.prepare(
      "SELECT id, kind, name, created_at, authors, size_bytes FROM versions WHERE doc = ? ORDER BY created_at DESC, id DESC"
    ),
    selectVersion: db.prepare("SELECT id, kind, name, created_at, authors, size_bytes, data FROM versions WHERE doc = ? AND id = ?"),
    deleteVersion: db.prepare("DELETE FROM versions WHERE doc = ? AND id = ?"),
    deleteVersionsOf: db.prepare("DELETE FROM versions WHERE doc = ?")
  };
}

// ../../packages/storage-sqlite/src/sqlite-doc-store.ts
var DEFAULT_BUSY_TIMEOUT_MS = 5e3;
var DEFAULT_CHECKPOINT_INTERVAL_MS = 1e3;
var INLINE_CHECKPOINT_PAGES = 1e3;
var FALLBACK_CHECKPOINT_PAGES = 1e4;
function createSqliteDocStore(options) {
  const { path, now = Date.now, synchronous = "normal", busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS } = options;
  const intervalMs = options.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
  const hasThread = intervalMs > 0 && !isInMemoryPath(path);
  const autoCheckpointPages = hasThread ? FALLBACK_CHECKPOINT_PAGES : INLINE_CHECKPOINT_PAGES;
  const db = openDatabase(path, { synchronous, busyTimeoutMs, autoCheckpointPages });
  const statements = prepareStatements(db);
  const transactions = createTransactions(db, statements);
  const batcher = createAppendBatcher((batch) => transactions.appendBatch.immediate(batch, now()));
  let isClosed = false;
  let closing = null;
  let checkpointer = null;
  const startCheckpointer = () => {
    if (!hasThread || checkpointer !== null || isClosed) return;
    checkpointer = startBackgroundCheckpointer({
      path,
      synchronous,
      busyTimeoutMs,
      intervalMs,
      onFailure: (error) => {
        if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
        options.onBackgroundError?.(error);
      }
    });
  };
  const assertOpen = () => {
    if (isClosed) throw new Error(`the SQLite doc store at ${path} is closed`);
    batcher.flush();
  };
  return {
    path,
    async load(doc) {
      assertOpen();
      return transactions.load(doc);
    },
    append(doc, update) {
      if (isClosed) return Promise.reject(new Error(`the SQLite doc store at ${path} is closed`));
      startCheckpointer();
      return batcher.append(doc, update);
    },
    async compact(doc, snapshot, throughSeq) {
      assertOpen();
      startCheckpointer();
      transactions.compact.immediate(doc, snapshot, throughSeq, now());
    },
    async list() {
      assertOpen();
      return statements.listDocs.all();
    },
    async remove(doc) {
      assertOpen();
      return transactions.remove.immediate(doc);
    },
    async saveVersion(doc, version) {
      assertOpen();
      return transactions.saveVersion.immediate(doc, version);
    },
    async listVersions(doc) {
      assertOpen();
      return statements.listVersions.all(doc).map(toVersionInfo);
    },
    async loadVersion(doc, id) {
      assertOpen();
      const rowId = parseNumericVersionId(id);
      const row = rowId === null ? void 0 : statements.selectVersion.get(doc, rowId);
      if (!row) return null;
      return { ...toVersionInfo(row), snapshot: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
    },
    async deleteVersions(doc, ids) {
      assertOpen();
      return transactions.deleteVersions.immediate(doc, ids);
    },
    async ping() {
      assertOpen();
      statements.ping.get();
    },
    close() {
      if (!closing) {
        batcher.flush();
        isClosed = true;
        closing = (async () => {
          await checkpointer?.stop();
          db.pragma("wal_checkpoint(TRUNCATE)");
          db.close();
        })();
      }
      return closing;
    }
  };
}
function createTransactions(db, s) {
  return {
    appendBatch: db.transaction(
      (batch, nowMs) => batch.map(({ doc, update }) => {
        const seq = s.bumpDoc.get(doc, update.byteLength, update.byteLength, nowMs);
        if (seq === void 0) throw new Error(`append to "${doc}" assigned no seq`);
        s.insertUpdate.run(doc, seq, update);
        return seq;
      })
    ),
    // A deferred read transaction: the docs row and the rows come from one snapshot even if
    // another process writes in between.
    load: db.transaction((doc) => {
      const row = s.selectDoc.get(doc);
      if (!row) return null;
      return { updates: s.selectData.all(doc), lastSeq: row.last_seq, logCount: row.log_count, logBytes: row.log_bytes };
    }),
    compact: db.transaction((doc, snapshot, throughSeq, nowMs) => {
      const row = s.selectDoc.get(doc);
      if (!row) return;
      if (!Number.isSafeInteger(throughSeq) || throughSeq < 1 || throughSeq > row.last_seq) {
        throw new RangeError(`compact "${doc}": throughSeq ${throughSeq} is outside 1..${row.last_seq}`);
      }
      if (throughSeq < row.snapshot_seq) return;
      const stored = foldUncoveredUpdates(snapshot, s.selectDataThrough.all(doc, throughSeq));
      const removed = s.measureThrough.get(doc, throughSeq);
      if (!removed) throw new Error(`compact "${doc}": could not measure the log`);
      s.deleteThrough.run(doc, throughSeq);
      s.insertSnapshot.run(doc, throughSeq, stored);
      s.recordCompaction.run(
        throughSeq,
        removed.log_count,
        removed.log_bytes,
        removed.total_bytes,
        stored.byteLength,
        nowMs,
        doc
      );
    }),
    // The docs row is read in the same transaction, so a removal cannot slip in between.
    saveVersion: db.transaction((doc, version) => {
      if (!s.selectDoc.get(doc)) return null;
      const { kind, name, createdAt, authors, snapshot } = version;
      const row = s.insertVersion.get(doc, kind, name, createdAt, JSON.stringify(authors.map(({ id, name: name2 }) => ({ id, name: name2 }))), snapshot.byteLength, snapshot);
      if (!row) throw new Error(`saving a version of "${doc}" returned no row`);
      return toVersionInfo(row);
    }),
    deleteVersions: db.transaction((doc, ids) => {
      let deleted = 0;
      for (const id of ids) {
        const rowId = parseNumericVersionId(id);
        if (rowId !== null) deleted += s.deleteVersion.run(doc, rowId).changes;
      }
      return deleted;
    }),
    remove: db.transaction((doc) => {
      s.deleteVersionsOf.run(doc);
      s.deleteUpdates.run(doc);
      return s.deleteDoc.run(doc).changes > 0;
    })
  };
}
function toVersionInfo(row) {
  return {
    id: String(row.id),
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at,
    authors: JSON.parse(row.authors),
    sizeBytes: row.size_bytes
  };
}

export {
  relayOptions,
  wantsHelp,
  parseConfig,
  formatHelp,
  createSqliteDocStore,
  backupSqliteDatabase,
  DatabaseInUseError,
  restoreSqliteDatabase,
  openSqliteReader,
  DirectoryLockedError,
  lockDirectory
};
