import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createSilentLogger } from '@tandem/test-kit';
import { createSqliteDocStore } from '@tandem/storage-sqlite';
import { defaultRelayOptions, type Authorizer, type DocStore, type FanOut, type Logger, type RelayOptions } from '@tandem/relay-core';
import { parseConfig } from '@tandem/config';
import type { RelayMetrics } from '../src/metrics/relay-metrics';
import { createJwtAuthorizer, createTokenIssuer, createTokenVerifier, createVerificationKey } from '@tandem/auth-jwt';
import type { ApiAuth } from '../src/caller';
import { startRelayServer, type RelayServer } from '../src/relay-server';
import { toServerOptions } from '../src/server-options';
import type { SseTransportOptions } from '../src/sse/sse-transport';
import { SseSocket } from '@tandem/client/sse-socket';
import { AUTH_PROTOCOL } from '@tandem/protocol';

/** A relay on a free loopback port with its own store, plus everything a test opened. */
export interface TestRelay {
  readonly server: RelayServer;
  readonly store: DocStore;
  readonly wsUrl: string;
  readonly httpUrl: string;
  /** A stock y-websocket provider for `doc` with a fresh Y.Doc. */
  provider(doc: string, options?: ProviderOptions): WebsocketProvider;
  /** A raw ws client, for protocol-level and hostile tests. */
  rawSocket(path: string): Promise<WebSocket>;
  stop(): Promise<void>;
}

/** How a test provider connects. */
export interface ProviderOptions {
  readonly connect?: boolean;
  /** `sse`: the client's SSE + POST socket instead of a WebSocket (the blocked-upgrade fallback). */
  readonly transport?: 'websocket' | 'sse';
  /** Access token, offered as the client does (sub-protocol on a WebSocket, Bearer over SSE). */
  readonly token?: string;
}

/** Options of a test relay. */
export interface TestRelayOptions {
  readonly relay?: Partial<RelayOptions>;
  readonly store?: DocStore;
  readonly pingIntervalMs?: number;
  readonly pingTimeoutMs?: number;
  readonly webDir?: string | null;
  readonly allowedOrigins?: ReadonlySet<string>;
  readonly maxConnectionsPerAddress?: number;
  readonly trustedProxies?: readonly string[];
  readonly adminToken?: string;
  /** Markdown/HTML import limit of the document API (default 10 MiB). */
  readonly maxImportBytes?: number;
  readonly authorizer?: Authorizer;
  /** Token checks of the HTTP API (auth on); `authSecret` sets it up together with the authorizer. */
  readonly apiAuth?: ApiAuth;
  /** Turns auth on as `TANDEM_AUTH_SECRET` does: HS256 authorizer, HTTP token checks and signing. */
  readonly authSecret?: string;
  readonly logger?: Logger;
  /**
   * Every limit and timing exactly as a user gets them with no configuration (the config
   * defaults), instead of the harness's quick-unload test settings.
   */
  readonly isStock?: boolean;
  readonly metrics?: RelayMetrics;
  /** Links the relay to others (two relays in one test share a store and a fan-out bus). */
  readonly fanOut?: FanOut;
  /** Timings of the SSE + POST transport. */
  readonly sse?: Partial<SseTransportOptions>;
}

/** The server options a relay started with no configuration at all would use. */
export function defaultServerOptions() {
  const parsed = parseConfig({ env: {}, argv: [] });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return toServerOptions(parsed.config, null);
}

// Every stock provider registers a process 'exit' listener; hundreds per test are expected.
process.setMaxListeners(1_000);

/** Starts a fresh relay for one test. */
export async function startTestRelay(options: TestRelayOptions = {}): Promise<TestRelay> {
  // Real SQLite in a fresh directory unless a test brings its own store (e.g. to fail it).
  const dataDir = options.store ? null : tempDir();
  const store = options.store ?? createSqliteDocStore({ path: join(dataDir!.path, 'tandem.db') });
  const stock = options.isStock ? defaultServerOptions() : null;
  const secretAuth = options.authSecret ? await authFromSecret(options.authSecret) : null;
  const authorizer = options.authorizer ?? secretAuth?.authorizer;
  const apiAuth = options.apiAuth ?? secretAuth?.apiAuth;
  const server = await startRelayServer(
    {
      store,
      logger: options.logger ?? createSilentLogger(),
      metrics: options.metrics,
      ...(options.fanOut ? { fanOut: options.fanOut } : {}),
      ...(authorizer ? { authorizer } : {}),
      ...(apiAuth ? { apiAuth } : {}),
    },
    stock ? { ...stock, host: '127.0.0.1', port: 0 } : {
      host: '127.0.0.1',
      port: 0,
      webDir: options.webDir ?? null,
      pingIntervalMs: options.pingIntervalMs ?? 15_000,
      pingTimeoutMs: options.pingTimeoutMs ?? 45_000,
      relay: { ...defaultRelayOptions, unloadGraceMs: 50, ...options.relay },
      allowedOrigins: options.allowedOrigins ?? null,
      maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? 10_000,
      adminToken: options.adminToken ?? null,
      maxImportBytes: options.maxImportBytes ?? 10 * 1024 * 1024,
      trustedProxies: options.trustedProxies ?? [],
      ...(options.sse ? { sse: options.sse } : {}),
    },
  );
  const wsUrl = `ws://127.0.0.1:${server.port}`;
  const providers: WebsocketProvider[] = [];
  const sockets: WebSocket[] = [];
  return {
    server,
    store,
    wsUrl,
    httpUrl: `http://127.0.0.1:${server.port}`,
    provider(doc, providerOptions = {}) {
      const socketClass = providerOptions.transport === 'sse' ? SseSocket : WebSocket;
      const provider = new WebsocketProvider(wsUrl, doc, new Y.Doc(), {
        WebSocketPolyfill: socketClass as unknown as typeof globalThis.WebSocket,
        ...(providerOptions.token ? { protocols: [AUTH_PROTOCOL, providerOptions.token] } : {}),
        connect: providerOptions.connect ?? true,
        disableBc: true,
      });
      providers.push(provider);
      return provider;
    },
    async rawSocket(path) {
      const socket = new WebSocket(`${wsUrl}${path}`);
      socket.binaryType = 'nodebuffer';
      sockets.push(socket);
      socket.on('error', () => undefined);
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
        socket.once('error', reject);
      });
      return socket;
    },
    async stop() {
      for (const provider of providers) provider.destroy();
      for (const socket of sockets) socket.terminate();
      await server.drain();
      dataDir?.cleanup();
    },
  };
}

async function authFromSecret(secret: string): Promise<{ authorizer: Authorizer; apiAuth: ApiAuth }> {
  const key = await createVerificationKey({ kind: 'secret', secret });
  return { authorizer: createJwtAuthorizer(key), apiAuth: { verifier: createTokenVerifier(key), issuer: createTokenIssuer(secret) } };
}

/** Polls `check` until it returns true or the deadline passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves once `provider` has completed its first sync. */
export function synced(provider: WebsocketProvider, timeoutMs = 5_000): Promise<void> {
  return waitFor(() => provider.synced, timeoutMs, 'provider sync');
}

/** Resolves with the close event of a raw socket. */
export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** A temp directory removed by the returned cleanup. */
export function tempDir(prefix = 'tandem-test-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
