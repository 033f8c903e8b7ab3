import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { createRelay, type Authorizer, type DocStore, type FanOut, type Logger, type Relay, type RelayOptions, type Session } from '@tandem/relay-core';
import { createProxyTrust } from './client-address';
import { createConnectionsPerAddress } from './connections-per-address';
import { createHeartbeat, type HeartbeatOptions } from './heartbeat';
import type { ApiAuth } from './caller';
import { createHealthEndpoints } from './health-endpoints';
import { createLazyRequestListener } from './lazy-request-listener';
import { createRelayObserver } from './metrics/relay-observer';
import type { RelayMetrics } from './metrics/relay-metrics';
import { systemClock } from './system-clock';
import { AUTH_PROTOCOL } from '@tandem/protocol';
import { createUpgradeHandler, type AcceptedUpgrade } from './upgrade-handler';
import { createWsConnection } from './ws-connection';
import { createSseTransport, defaultSseOptions, type SseTransportOptions } from './sse/sse-transport';

/** A ws socket that carries its connection's state, read by listeners shared by every socket. */
class RelaySocket extends WebSocket {
  session: Session | null = null;
  remoteAddress = '';
}

/** Network-facing options of the relay server. */
export interface RelayServerOptions extends HeartbeatOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly webDir: string | null;
  readonly relay: RelayOptions;
  /** Allowed browser origins for upgrades; null allows any. */
  readonly allowedOrigins: ReadonlySet<string> | null;
  readonly maxConnectionsPerAddress: number;
  readonly adminToken: string | null;
  /** Largest Markdown or HTML body imported over the document API (TANDEM_MAX_IMPORT_BYTES). */
  readonly maxImportBytes: number;
  /**
   * Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client, for the
   * per-address cap and logs. Omitted or empty: the socket's peer is the client.
   */
  readonly trustedProxies?: readonly string[];
  /** Timings of the SSE + POST fallback transport (tests shorten them). */
  readonly sse?: Partial<SseTransportOptions>;
}

/** Ports the server is composed from. */
export interface RelayServerDeps {
  readonly store: DocStore;
  readonly logger: Logger;
  /** Who may open what; omitted means everyone may write (loopback without a secret). */
  readonly authorizer?: Authorizer;
  /** When given, the store, the authorizer and every connection are observed for /metrics. */
  readonly metrics?: RelayMetrics;
  /** Links this relay to others on the same store (Redis); omitted runs a single relay. Closed on drain. */
  readonly fanOut?: FanOut;
  /**
   * Token checks (and share-token signing) of the HTTP API. With an authorizer but without
   * this, the API refuses every token: auth stays on, nothing is listed.
   */
  readonly apiAuth?: ApiAuth;
}

/** With auth on but no way to verify tokens over HTTP, every token is refused. */
const REFUSE_ALL: ApiAuth = { verifier: { verify: async () => ({ ok: false, detail: 'this relay cannot verify tokens over HTTP' }) }, issuer: null };

/** A running relay: HTTP + WebSocket on one port. */
export interface RelayServer {
  readonly port: number;
  readonly url: string;
  readonly relay: Relay;
  /** Graceful stop: refuse new work, close sockets with 1012, flush, close the store. */
  drain(): Promise<void>;
}

/** Starts the relay on `options.host:options.port`. */
export async function startRelayServer(deps: RelayServerDeps, options: RelayServerOptions): Promise<RelayServer> {
  const { store, logger } = deps;
  const observe = createRelayObserver(deps.metrics);
  const authorizer = observe.authorizer(deps.authorizer);
  const fanOut = deps.fanOut ? observe.fanOut(deps.fanOut) : undefined;
  const relay = observe.relay(
    createRelay({ store: observe.store(store), clock: systemClock, logger, ...(authorizer ? { authorizer } : {}), ...(fanOut ? { fanOut } : {}) }, options.relay),
    store,
  );
  const apiAuth = deps.apiAuth ?? (deps.authorizer ? REFUSE_ALL : null);
  const proxyTrust = createProxyTrust(options.trustedProxies ?? []);
  const perAddress = createConnectionsPerAddress(options.maxConnectionsPerAddress);
  const sse = createSseTransport(
    { relay, logger, proxyTrust, allowedOrigins: options.allowedOrigins, perAddress, maxMessageBytes: options.relay.maxMessageBytes },
    { ...defaultSseOptions, ...options.sse },
  );
  const onHttpError = (err: unknown): void => logger.error({ err }, 'http handler failed');
  // Built on the first request other than a health check: Hono's Node adapter loads Node's
  // fetch implementation (undici) at import, ~9 MB of RSS a WebSocket-only relay never needs.
  const api = createLazyRequestListener(async () => {
    const [{ getRequestListener }, { createHttpApp }] = await Promise.all([import('@hono/node-server'), import('./http-app')]);
    const app = createHttpApp({
      relay,
      store,
      webDir: options.webDir,
      adminToken: options.adminToken,
      auth: apiAuth,
      now: systemClock.now,
      proxyTrust,
      onError: onHttpError,
      maxImportBytes: options.maxImportBytes,
      maxUpdateBytes: options.relay.maxMessageBytes,
      sse,
    });
    return getRequestListener(app.fetch);
  }, onHttpError);
  const health = createHealthEndpoints({ relay, store, ...(fanOut ? { fanOut } : {}) });
  const server = createServer((request, response) => {
    if (!health(request, response)) api(request, response);
  });
  const wss = new WebSocketServer({
    noServer: true,
    WebSocket: RelaySocket,
    // ws closes oversized frames with 1009 itself; the default limit would be 100 MiB.
    maxPayload: options.relay.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
    // Echo the auth marker, never the token, as the negotiated sub-protocol.
    handleProtocols: (protocols) => (protocols.has(AUTH_PROTOCOL) ? AUTH_PROTOCOL : false),
  });
  wss.on('error', (err) => logger.error({ err }, 'websocket server error'));
  const heartbeat = createHeartbeat(options);

  // One set of listeners for every socket (ws calls them with the socket as `this`); the
  // per-connection state lives on the socket itself, so an idle connection carries no closures.
  function onSocketError(this: WebSocket, err: Error): void {
    const { session } = this as RelaySocket;
    logger.debug({ doc: session?.doc, sessionId: session?.id, err: err.message }, 'socket error');
  }
  function onSocketMessage(this: WebSocket, data: Buffer, isBinary: boolean): void {
    (this as RelaySocket).session?.receive(isBinary ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data.toString('utf8'));
  }
  function onSocketClose(this: WebSocket): void {
    const socket = this as RelaySocket;
    perAddress.closedOne(socket.remoteAddress);
    socket.session?.closed();
  }

  const onConnection = (ws: WebSocket, { doc, token, remoteAddress }: AcceptedUpgrade): void => {
    const socket = ws as RelaySocket;
    socket.remoteAddress = remoteAddress;
    perAddress.openedOne(remoteAddress);
    // Every socket needs an error listener: without one an oversized frame kills the process.
    socket.on('error', onSocketError);
    socket.session = relay.connect(createWsConnection(socket), { doc, credentials: { token } });
    heartbeat.watch(socket);
    socket.on('message', onSocketMessage);
    socket.on('close', onSocketClose);
  };

  server.on('upgrade', createUpgradeHandler({
    wss,
    isAccepting: () => relay.isAccepting,
    allowedOrigins: options.allowedOrigins,
    hasCapacityFor: perAddress.hasCapacityFor,
    clientAddressOf: (request) => proxyTrust.clientAddress(request.socket.remoteAddress ?? '', request.headers['x-forwarded-for']),
    onConnection,
    onRefused: (status, message, address) => logger.info({ status, message, address }, 'upgrade refused'),
  }));
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // Malformed or oversized requests get an answer, never a crash; the parser says which.
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy(err);
  });

  await listen(server, options.port, options.host);
  const port = (server.address() as AddressInfo).port;
  let draining: Promise<void> | null = null;

  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    relay,
    drain() {
      draining ??= (async () => {
        heartbeat.stop();
        await relay.shutdown();
        // The 1012 close events are written; end the streams so their responses finish.
        sse.stop();
        // After the shutdown published the leaves of our clients; QUIT flushes them.
        await deps.fanOut?.close();
        await closeServer(server);
        await store.close();
      })();
      return draining;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops listening; connections still open after a short grace are cut. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, 1_000).unref();
  });
}
