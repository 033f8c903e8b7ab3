import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@tandem/config';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** Dockerfile instructions grouped by stage (continuation lines joined, comments dropped). */
function dockerStages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const final = stages.at(-1) ?? [];
  const args = (keyword: string) => final.filter((i) => i.keyword === keyword).map((i) => i.args);

  it('is multi-stage and the runtime stage is node:20-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(read('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    expect(final[0]?.args).toBe('${NODE_IMAGE}');
  });

  it('runs as a non-root user with data on a volume', () => {
    const users = args('USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(args('VOLUME').join(' ')).toContain('/data');
    expect(args('ENV').join(' ')).toContain('TANDEM_DATA_DIR=/data');
  });

  it('checks /healthz and starts node directly (exec form), so SIGTERM reaches the relay', () => {
    expect(args('HEALTHCHECK').join(' ')).toContain('/healthz');
    const entrypoint = JSON.parse(args('ENTRYPOINT')[0] ?? 'null') as string[];
    expect(entrypoint).toEqual(['node', 'apps/relay/dist/main.js']);
    expect(args('CMD').filter((cmd) => !cmd.startsWith('['))).toEqual([]);
  });

  it('the build context leaves out local installs, builds, databases and .git', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const pattern of ['.git', '**/node_modules', '**/dist', 'data', '**/*.db']) expect(ignored).toContain(pattern);
  });
});

describe('systemd unit', () => {
  const unit = read('deploy/systemd/tandem-relay.service');

  it('runs node directly as an unprivileged user with hardening options', () => {
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/tandem\/apps\/relay\/dist\/main\.js$/m);
    expect(unit).toMatch(/^User=tandem$/m);
    for (const option of ['NoNewPrivileges=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'PrivateTmp=yes', 'CapabilityBoundingSet=', 'SystemCallFilter=@system-service', 'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX']) {
      expect(unit).toMatch(new RegExp(`^${option}$`, 'm'));
    }
  });

  it.skipIf(!has('systemd-analyze', ['--version']))('passes systemd-analyze verify without a warning', () => {
    // verify needs the executable to exist: point ExecStart at this machine's node.
    const dir = mkdtempSync(join(tmpdir(), 'tandem-unit-'));
    try {
      const path = join(dir, 'tandem-relay.service');
      writeFileSync(path, unit.replace('/usr/bin/node', process.execPath));
      const result = spawnSync('systemd-analyze', ['verify', path], { encoding: 'utf8' });
      expect(result.stderr.trim()).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deploy/compose.yaml and Caddyfile', () => {
  const compose = ['docker', ['compose', 'version']] as const;
  const composeCommand: string[] | null = has(compose[0], [...compose[1]]) ? ['docker', 'compose'] : has('docker-compose', ['version']) ? ['docker-compose'] : null;

  it('two relays on PostgreSQL and Redis behind the proxy, with health checks', () => {
    const text = read('deploy/compose.yaml');
    for (const service of ['relay-1:', 'relay-2:', 'postgres:', 'redis:', 'caddy:']) expect(text).toContain(`\n  ${service}`);
    for (const variable of ['TANDEM_STORE: postgres', 'TANDEM_DATABASE_URL:', 'TANDEM_REDIS_URL:', 'condition: service_healthy']) expect(text).toContain(variable);
    expect(read('deploy/Caddyfile')).toContain('health_uri /readyz');
  });

  it('every TANDEM_* variable the relays get is one the relay knows, with a valid value', () => {
    // The relay exits 2 on an unknown or invalid TANDEM_* variable: a renamed option must not
    // leave the example behind. ${VAR:-default} takes its default, ${VAR:?message} a sample value.
    const env: Record<string, string> = {};
    for (const [, name, raw] of read('deploy/compose.yaml').matchAll(/^ {4}(TANDEM_[A-Z0-9_]+): *(.*)$/gm)) {
      const value = (raw ?? '').replace(/^"(.*)"$/, '$1');
      env[name!] = value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1').replace(/\$\{[A-Z_]+:\?[^}]*\}/g, 'sample-value-'.repeat(4));
    }
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['TANDEM_STORE', 'TANDEM_DATABASE_URL', 'TANDEM_REDIS_URL', 'TANDEM_AUTH_SECRET']));
    const parsed = parseConfig({ env, argv: [] });
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (parsed.ok) expect([parsed.config.store, parsed.config.redisUrl, parsed.config.host]).toEqual(['postgres', 'redis://redis:6379', '0.0.0.0']);
  });

  it.skipIf(!composeCommand)('is a valid compose file (docker compose config)', () => {
    const [command, ...prefix] = composeCommand as string[];
    const result = spawnSync(command as string, [...prefix, '-f', join(REPO, 'deploy/compose.yaml'), 'config', '-q'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, POSTGRES_PASSWORD: 'test-password', TANDEM_AUTH_SECRET: 'x'.repeat(32) },
    });
    expect(result.stderr.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('caddy', ['version']))('the Caddyfile passes caddy validate', () => {
    const home = mkdtempSync(join(tmpdir(), 'tandem-caddy-'));
    try {
      const result = spawnSync('caddy', ['validate', '--config', join(REPO, 'deploy/Caddyfile'), '--adapter', 'caddyfile'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, TANDEM_DOMAIN: 'docs.example.com' },
      });
      expect(result.stdout + result.stderr).toContain('Valid configuration');
      expect(result.status).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
