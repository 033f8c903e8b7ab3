import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineOption } from './config-option';
import { parseConfig, parseOptions, wantsHelp } from './parse-config';
import { relayOptions, type RelayConfig } from './relay-options';
import { booleanValue, integerValue } from './value-schemas';

const DEFAULTS: RelayConfig = {
  port: 1234,
  host: '127.0.0.1',
  dataDir: './data',
  webDir: '',
  logLevel: 'info',
  metricsPort: 0,
  metricsHost: '127.0.0.1',
  sqliteSynchronous: 'normal',
  store: 'sqlite',
  databaseUrl: '',
  compactMaxUpdates: 500,
  compactMaxBytes: 1_048_576,
  unloadGraceMs: 5_000,
  maxMessageBytes: 16_777_216,
  maxImportBytes: 10_485_760,
  versionIdleMs: 120_000,
  versionMaxIntervalMs: 1_800_000,
  versionKeepAllMs: 86_400_000,
  versionKeepHourlyMs: 604_800_000,
  pingIntervalMs: 15_000,
  pingTimeoutMs: 45_000,
  shutdownTimeoutMs: 8_000,
  maxBufferedBytes: 8_388_608,
  allowedOrigins: [],
  maxConnectionsPerAddress: 1_000,
  trustedProxies: [],
  adminToken: '',
  authSecret: '',
  authPublicKeyFile: '',
  authJwksFile: '',
  authAlgorithm: 'ES256',
  insecureNoAuth: false,
  maxAwarenessBytes: 65_536,
  rateLimitMessagesPerSecond: 500,
  rateLimitMessageBurst: 2_000,
  rateLimitBytesPerSecond: 1_048_576,
  rateLimitBytesBurst: 33_554_432,
  maxConnectionsPerDoc: 1_000,
  maxLoadedDocs: 10_000,
  handshakeTimeoutMs: 10_000,
  redisUrl: '',
  redisChannelPrefix: 'tandem:',
  benchDurableAckLog: '',
};

function configOf(env: Record<string, string>, argv: string[] = []): RelayConfig {
  const result = parseConfig({ env, argv });
  if (!result.ok) throw new Error(`unexpected errors: ${result.errors.join('; ')}`);
  return result.config;
}

function errorsOf(env: Record<string, string>, argv: string[] = []): readonly string[] {
  const result = parseConfig({ env, argv });
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseConfig: Redis fan-out', () => {
  it('accepts redis:// and rediss:// URLs and keeps them as given', () => {
    expect(configOf({ TANDEM_REDIS_URL: 'redis://redis:6379' }).redisUrl).toBe('redis://redis:6379');
    expect(configOf({}, ['--redis-url', 'rediss://u:secret-pw@cache.example.com:6380/2']).redisUrl).toBe('rediss://u:secret-pw@cache.example.com:6380/2');
  });

  it('refuses anything else, naming the variable without echoing a possible password', () => {
    for (const bad of ['localhost:6379', 'http://redis:6379', 'redis://', 'redis://:hunter2-pw@']) {
      const errors = errorsOf({ TANDEM_REDIS_URL: bad });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('TANDEM_REDIS_URL');
      expect(errors[0]).not.toContain('hunter2');
    }
  });
});

describe('parseConfig', () => {
  it('defaults every option and freezes the result', () => {
    const config = configOf({ PATH: '/usr/bin', HOME: '/root' });
    expect(config).toEqual(DEFAULTS);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('derives precise types from the option table', () => {
    expectTypeOf<RelayConfig['port']>().toEqualTypeOf<number>();
    expectTypeOf<RelayConfig['logLevel']>().toEqualTypeOf<'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent'>();
    expectTypeOf<RelayConfig['sqliteSynchronous']>().toEqualTypeOf<'normal' | 'full'>();
  });

  it('reads TANDEM_* environment variables into typed values', () => {
    const config = configOf({
      TANDEM_PORT: '0', TANDEM_HOST: '0.0.0.0', TANDEM_DATA_DIR: '/var/lib/tandem', TANDEM_LOG_LEVEL: 'debug',
      TANDEM_SQLITE_SYNCHRONOUS: 'full', TANDEM_COMPACT_MAX_BYTES: ' 2048 ', TANDEM_UNLOAD_GRACE_MS: '0',
    });
    expect(config).toEqual({
      ...DEFAULTS, port: 0, host: '0.0.0.0', dataDir: '/var/lib/tandem', logLevel: 'debug',
      sqliteSynchronous: 'full', compactMaxBytes: 2048, unloadGraceMs: 0,
    });
  });

  it('flags override env, which overrides defaults', () => {
    const config = configOf({ TANDEM_PORT: '1000', TANDEM_HOST: '::' }, ['--port', '2000']);
    expect(config.port).toBe(2000);
    expect(config.host).toBe('::');
  });

  it('accepts --flag value and --flag=value; a repeated flag takes its last value', () => {
    const config = configOf({}, ['--port=4000', '--web-dir=', '--log-level', 'warn', '--port', '5000', '--data-dir=a=b']);
    expect(config).toMatchObject({ port: 5000, webDir: '', logLevel: 'warn', dataDir: 'a=b' });
  });

  it.each([
    [{ TANDEM_PORT: 'abc' }, 'TANDEM_PORT: must be an integer between 0 and 65535 (got "abc")'],
    [{ TANDEM_PORT: '65536' }, 'TANDEM_PORT: must be an integer between 0 and 65535 (got "65536")'],
    [{ TANDEM_PORT: '80.5' }, 'TANDEM_PORT: must be an integer between 0 and 65535 (got "80.5")'],
    [{ TANDEM_PORT: '1e3' }, 'TANDEM_PORT: must be an integer between 0 and 65535 (got "1e3")'],
    [{ TANDEM_PORT: '' }, 'TANDEM_PORT: must be an integer between 0 and 65535 (got "")'],
    [{ TANDEM_HOST: '' }, 'TANDEM_HOST: must be a non-empty string (got "")'],
    [{ TANDEM_LOG_LEVEL: 'verbose' }, 'TANDEM_LOG_LEVEL: must be one of trace, debug, info, warn, error, fatal, silent (got "verbose")'],
    [{ TANDEM_SQLITE_SYNCHRONOUS: 'FULL' }, 'TANDEM_SQLITE_SYNCHRONOUS: must be one of normal, full (got "FULL")'],
    [{ TANDEM_COMPACT_MAX_UPDATES: '0' }, 'TANDEM_COMPACT_MAX_UPDATES: must be an integer ≥ 1 (got "0")'],
    [{ TANDEM_MAX_MESSAGE_BYTES: '1023' }, 'TANDEM_MAX_MESSAGE_BYTES: must be a size in bytes (an integer ≥ 1024) (got "1023")'],
    [{ TANDEM_MAX_BUFFERED_BYTES: '8MiB' }, 'TANDEM_MAX_BUFFERED_BYTES: must be a size in bytes (an integer ≥ 1) (got "8MiB")'],
    [{ TANDEM_PING_INTERVAL_MS: '9' }, 'TANDEM_PING_INTERVAL_MS: must be a duration in milliseconds (an integer between 10 and 3600000) (got "9")'],
    [{ TANDEM_UNLOAD_GRACE_MS: '-1' }, 'TANDEM_UNLOAD_GRACE_MS: must be a duration in milliseconds (an integer between 0 and 86400000) (got "-1")'],
  ])('rejects %o with an error naming the variable', (env, expected) => {
    expect(errorsOf(env)).toEqual([expected]);
  });

  it('names the flag when the bad value came from a flag', () => {
    expect(errorsOf({ TANDEM_PORT: '1' }, ['--port', 'http'])).toEqual([
      '--port: must be an integer between 0 and 65535 (got "http")',
    ]);
    expect(errorsOf({}, ['--port=-5'])).toEqual(['--port: must be an integer between 0 and 65535 (got "-5")']);
  });

  it('checks that the ping timeout is at least the ping interval, naming both', () => {
    expect(errorsOf({ TANDEM_PING_INTERVAL_MS: '20000', TANDEM_PING_TIMEOUT_MS: '10000' })).toEqual([
      'TANDEM_PING_TIMEOUT_MS: must be at least TANDEM_PING_INTERVAL_MS (got 10000 < 20000), or every client would be dropped between two pings',
    ]);
    expect(errorsOf({}, ['--ping-interval-ms=60000'])[0]).toMatch(/^TANDEM_PING_TIMEOUT_MS: must be at least --ping-interval-ms \(got 45000 < 60000\)/);
    expect(configOf({}, ['--ping-interval-ms=45000']).pingTimeoutMs).toBe(45_000);
  });

  it('refuses unknown flags and unknown TANDEM_* variables, suggesting the closest', () => {
    expect(errorsOf({ TANDEM_PROT: '1', TANDEM_SOMETHING_ELSE: 'x' }, ['--prot', '1', '--verbose'])).toEqual([
      'TANDEM_PROT: unknown variable (did you mean TANDEM_PORT?)',
      'TANDEM_SOMETHING_ELSE: unknown variable',
      '--prot: unknown flag (did you mean --port?)',
      '--verbose: unknown flag',
    ]);
  });

  it('refuses positional arguments, missing values and --no- on a non-switch', () => {
    expect(errorsOf({}, ['serve'])).toEqual(['unexpected argument "serve" (options are flags such as --port 1234)']);
    expect(errorsOf({}, ['--port'])).toEqual(['--port: missing value (use --port <value> or --port=<value>)']);
    expect(errorsOf({}, ['--data-dir', '--port', '1'])).toEqual([
      '--data-dir: missing value (use --data-dir <value> or --data-dir=<value>)',
    ]);
    expect(errorsOf({}, ['--no-port'])).toEqual(['--no-port: unknown flag (did you mean --port?)']);
  });

  it('reads allowed origins as a normalised list and refuses anything but bare origins', () => {
    expect(configOf({ TANDEM_ALLOWED_ORIGINS: ' https://Docs.Example.com , http://localhost:5173,' }).allowedOrigins).toEqual([
      'https://docs.example.com',
      'http://localhost:5173',
    ]);
    expect(configOf({ TANDEM_ALLOWED_ORIGINS: '' }).allowedOrigins).toEqual([]);
    for (const bad of ['docs.example.com', 'https://docs.example.com/', 'https://x.example/path', 'ftp://x.example', '*']) {
      expect(errorsOf({}, [`--allowed-origins=${bad}`])).toEqual([
        `--allowed-origins: must be a comma-separated list of origins such as https://docs.example.com (got ${JSON.stringify(bad)})`,
      ]);
    }
  });

  it('refuses a short admin token without echoing it', () => {
    expect(configOf({ TANDEM_ADMIN_TOKEN: 'a'.repeat(16) }).adminToken).toBe('a'.repeat(16));
    const errors = errorsOf({ TANDEM_ADMIN_TOKEN: 'hunter2' });
    expect(errors).toEqual(['TANDEM_ADMIN_TOKEN: must be empty (disabled) or at least 16 characters (got 7 characters)']);
    expect(errors.join('')).not.toContain('hunter2');
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ TANDEM_PORT: 'x', TANDEM_LOG_LEVEL: 'loud' }, ['--host='])).toHaveLength(3);
  });
});

describe('wantsHelp', () => {
  it('is true for --help or -h anywhere, and parseConfig ignores them', () => {
    expect(wantsHelp(['--port', '1', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--port', '1'])).toBe(false);
    expect(parseConfig({ env: {}, argv: ['-h'] }).ok).toBe(true);
  });
});

describe('parseOptions with switches', () => {
  const options = [
    defineOption({ key: 'isTracing', env: 'TANDEM_TRACING', flag: '--tracing', default: false, description: 'Trace.', schema: booleanValue() }),
    defineOption({ key: 'retries', env: 'TANDEM_RETRIES', flag: '--retries', default: 3, description: 'Retries.', schema: integerValue({ min: 0 }) }),
  ] as const;
  const parse = (env: Record<string, string>, argv: string[]) => parseOptions(options, [], { env, argv });

  it('reads --flag, --no-flag, --flag=false and true/false/1/0 from env', () => {
    expect(parse({}, [])).toEqual({ ok: true, config: { isTracing: false, retries: 3 } });
    expect(parse({}, ['--tracing', '--retries', '1'])).toEqual({ ok: true, config: { isTracing: true, retries: 1 } });
    expect(parse({ TANDEM_TRACING: 'TRUE' }, ['--no-tracing'])).toMatchObject({ config: { isTracing: false } });
    expect(parse({}, ['--tracing=false'])).toMatchObject({ config: { isTracing: false } });
    expect(parse({ TANDEM_TRACING: '1' }, [])).toMatchObject({ config: { isTracing: true } });
    expect(parse({ TANDEM_TRACING: '0' }, [])).toMatchObject({ config: { isTracing: false } });
  });

  it('rejects other spellings of a switch', () => {
    expect(parse({ TANDEM_TRACING: 'yes' }, [])).toEqual({
      ok: false,
      errors: ['TANDEM_TRACING: must be true, false, 1 or 0 (got "yes")'],
    });
  });
});

describe('the relay option table', () => {
  const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

  it.each(relayOptions.map((option) => [option.key, option] as const))('%s follows the naming convention and its default is valid', (key, option) => {
    expect(option.env).toBe(`TANDEM_${snake(key)}`);
    expect(option.flag).toBe(`--${kebab(key)}`);
    const text = Array.isArray(option.default) ? option.default.join(',') : String(option.default);
    expect(option.schema.parse(text)).toEqual(option.default);
    expect(option.description).toMatch(/\.$/);
  });
});

describe('store selection', () => {
  it('postgres with a URL; the URL is never echoed in errors', () => {
    const url = 'postgres://tandem:s3cret@db:5432/tandem';
    expect(configOf({ TANDEM_STORE: 'postgres', TANDEM_DATABASE_URL: url })).toMatchObject({ store: 'postgres', databaseUrl: url });
    expect(configOf({}, ['--store', 'postgres', '--database-url', 'postgresql://db/tandem']).store).toBe('postgres');
    const errors = errorsOf({ TANDEM_STORE: 'postgres', TANDEM_DATABASE_URL: 'mysql://tandem:s3cret@db/tandem' });
    expect(errors).toEqual([expect.stringMatching(/^TANDEM_DATABASE_URL: must be empty or a URL such as postgres:\/\//)]);
    expect(errors.join()).not.toContain('s3cret');
  });

  it('postgres without a URL, or a URL with the sqlite store, is refused', () => {
    expect(errorsOf({ TANDEM_STORE: 'postgres' })).toEqual(['TANDEM_DATABASE_URL: required when TANDEM_STORE is postgres']);
    expect(errorsOf({ TANDEM_DATABASE_URL: 'postgres://db/tandem' })).toEqual([
      'TANDEM_DATABASE_URL: set, but TANDEM_STORE is sqlite (set it to postgres, or unset the URL)',
    ]);
    expect(errorsOf({ TANDEM_STORE: 'mysql' })[0]).toMatch(/^TANDEM_STORE: must be one of sqlite, postgres/);
  });
});

describe('millisecond options', () => {
  // Node's setTimeout turns delays over 2^31-1 ms into 1 ms: an unbounded option overflows.
  const durations = relayOptions.filter((option) => option.schema.description?.startsWith('a duration in milliseconds'));

  it('exist (the filter below is not vacuous)', () => {
    expect(durations.map((option) => option.key)).toEqual(expect.arrayContaining(['unloadGraceMs', 'pingIntervalMs', 'handshakeTimeoutMs']));
  });

  it.each(durations.map((option) => [option.env, option] as const))('%s has an upper bound below the timer clamp', (env) => {
    const errors = errorsOf({ [env]: String(2 ** 31) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${env}: must be a duration in milliseconds \\(an integer between \\d+ and \\d+\\)`));
  });

  it('refuses a 30-day unload grace', () => {
    expect(errorsOf({ TANDEM_UNLOAD_GRACE_MS: String(30 * 86_400_000) })[0]).toContain('TANDEM_UNLOAD_GRACE_MS');
  });
});

describe('trusted proxies', () => {
  it('reads addresses and CIDR ranges, and refuses anything else naming the variable', () => {
    expect(configOf({ TANDEM_TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1 , fd00::/8' }).trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
    expect(configOf({}).trustedProxies).toEqual([]);
    for (const bad of ['localhost', '10.0.0.0/33', '::1/129', '10.0.0.1/', '1.2.3', '10.0.0.0/8/1']) {
      expect(errorsOf({ TANDEM_TRUSTED_PROXIES: bad })[0]).toMatch(/^TANDEM_TRUSTED_PROXIES: must be a comma-separated list of IP addresses or CIDR ranges/);
    }
  });
});
