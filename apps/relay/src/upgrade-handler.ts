import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { parseDocName } from '@tandem/protocol';
import { httpErrorBody } from './http-error';

/** Protocol versions this relay speaks (`?v=`); absent means 1. */
const SUPPORTED_VERSIONS: ReadonlySet<string> = new Set(['1']);

/** What the upgrade handler needs from the server around it. */
export interface UpgradeDeps {
  readonly wss: WebSocketServer;
  readonly isAccepting: () => boolean;
  readonly onConnection: (socket: WebSocket, doc: string) => void;
  readonly onRefused: (status: number, message: string) => void;
}

/**
 * Validates a WebSocket upgrade before any protocol byte is exchanged: doc name and version
 * are checked here so a bad request costs a plain HTTP error, not a socket.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Without a listener, a reset during the handshake would crash the process.
    socket.on('error', () => socket.destroy());
    const refusal = checkRequest(request, deps.isAccepting());
    if (refusal.ok) {
      deps.wss.handleUpgrade(request, socket, head, (ws) => deps.onConnection(ws, refusal.doc));
      return;
    }
    deps.onRefused(refusal.status, refusal.message);
    refuse(socket, refusal.status, refusal.message);
  };
}

type Check = { ok: true; doc: string } | { ok: false; status: number; message: string };

function checkRequest(request: IncomingMessage, isAccepting: boolean): Check {
  if (!isAccepting) return { ok: false, status: 503, message: 'relay is shutting down' };
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  // The raw path, not `new URL()`: normalising `..` would silently change the doc name.
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const version = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)).get('v');
  if (version !== null && !SUPPORTED_VERSIONS.has(version)) {
    return { ok: false, status: 400, message: `unsupported protocol version ${JSON.stringify(version.slice(0, 16))}` };
  }
  const name = parseDocName(path);
  return name.ok ? { ok: true, doc: name.name } : { ok: false, status: 400, message: name.reason };
}

const STATUS_TEXT: Readonly<Record<number, string>> = { 400: 'Bad Request', 403: 'Forbidden', 503: 'Service Unavailable' };

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
