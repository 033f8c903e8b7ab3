import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { AUTH_PROTOCOL, parseDocName } from '@tandem/protocol';
import { httpErrorBody } from './http-error';

/** Protocol versions this relay speaks (`?v=`); absent means 1. */
const SUPPORTED_VERSIONS: ReadonlySet<string> = new Set(['1']);


/** A validated upgrade: which document, with which credentials. */
export interface AcceptedUpgrade {
  readonly doc: string;
  readonly token: string | null;
  readonly remoteAddress: string;
}

/** What the upgrade handler needs from the server around it. */
export interface UpgradeDeps {
  readonly wss: WebSocketServer;
  readonly isAccepting: () => boolean;
  /** Browser origins allowed to open sockets; null allows any (no Origin check). */
  readonly allowedOrigins: ReadonlySet<string> | null;
  /** Whether this remote address may open one more connection. */
  readonly hasCapacityFor: (remoteAddress: string) => boolean;
  /** The client's address: the socket's peer, or what a trusted proxy says in X-Forwarded-For. */
  readonly clientAddressOf: (request: IncomingMessage) => string;
  readonly onConnection: (socket: WebSocket, request: AcceptedUpgrade) => void;
  readonly onRefused: (status: number, message: string, remoteAddress: string) => void;
}

/**
 * Validates a WebSocket upgrade before any protocol byte is exchanged: doc name and version
 * are checked here so a bad request costs a plain HTTP error, not a socket.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Without a listener, a reset during the handshake would crash the process.
    socket.on('error', destroySocket);
    const refusal = checkRequest(request, deps);
    if (refusal.ok) {
      deps.wss.handleUpgrade(request, socket, head, (ws) =>
        deps.onConnection(ws, { doc: refusal.doc, token: refusal.token, remoteAddress: refusal.remoteAddress }),
      );
      return;
    }
    deps.onRefused(refusal.status, refusal.message, deps.clientAddressOf(request));
    refuse(socket, refusal.status, refusal.message);
  };
}

/** Shared by every socket (a listener per upgrade would stay on the socket for its lifetime). */
function destroySocket(this: Duplex): void {
  this.destroy();
}

type Check = ({ ok: true } & AcceptedUpgrade) | { ok: false; status: number; message: string };

function checkRequest(request: IncomingMessage, deps: UpgradeDeps): Check {
  if (!deps.isAccepting()) return { ok: false, status: 503, message: 'relay is shutting down' };
  // Browsers always send Origin; refusing foreign ones stops cross-site WebSocket hijacking.
  const origin = request.headers.origin;
  if (deps.allowedOrigins && origin !== undefined && !deps.allowedOrigins.has(origin)) {
    return { ok: false, status: 403, message: 'origin not allowed' };
  }
  const remoteAddress = deps.clientAddressOf(request);
  if (!deps.hasCapacityFor(remoteAddress)) {
    return { ok: false, status: 429, message: 'too many connections from this address' };
  }
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  // The raw path, not `new URL()`: normalising `..` would silently change the doc name.
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
  const version = query.get('v');
  if (version !== null && !SUPPORTED_VERSIONS.has(version)) {
    return { ok: false, status: 400, message: `unsupported protocol version ${JSON.stringify(version.slice(0, 16))}` };
  }
  const name = parseDocName(path);
  if (!name.ok) return { ok: false, status: 400, message: name.reason };
  return {
    ok: true,
    doc: name.name,
    token: tokenFromProtocols(request.headers['sec-websocket-protocol']) ?? query.get('token'),
    remoteAddress,
  };
}

/** The token offered as a sub-protocol next to AUTH_PROTOCOL, if any. */
function tokenFromProtocols(header: string | undefined): string | null {
  if (!header) return null;
  const offered = header.split(',').map((p) => p.trim());
  if (!offered.includes(AUTH_PROTOCOL)) return null;
  return offered.find((p) => p !== AUTH_PROTOCOL) ?? null;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify(httpErrorBody(status, message));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
