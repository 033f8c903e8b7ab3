import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocStore, FanOut, Relay } from '@tandem/relay-core';
import { httpErrorBody } from './http-error';

/** What the health endpoints look at. */
export interface HealthDeps {
  readonly relay: Pick<Relay, 'isAccepting'>;
  readonly store: Pick<DocStore, 'ping'>;
  /** The link to other relays, when there is one: /readyz reports its state. */
  readonly fanOut?: Pick<FanOut, 'status'>;
}

/** Answers the request if it is a health check (and returns true); returns false for any other. */
export type HealthEndpoints = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * `/healthz` (the process is alive) and `/readyz` (it accepts work and its store answers),
 * served on plain `node:http` rather than through the Hono app. Orchestrators and load
 * balancers call them every few seconds from the first moment on, and the Hono adapter loads
 * Node's fetch implementation (undici, with http2) at import — ~9 MB of RSS a relay serving
 * only WebSocket clients and health checks never needs. GET and HEAD only, query ignored, as
 * the Hono routes they replace.
 */
export function createHealthEndpoints(deps: HealthDeps): HealthEndpoints {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    if (path === '/healthz') {
      answer(request, response, 200, { status: 'ok' });
      return true;
    }
    if (path === '/readyz') {
      readiness(deps).then(
        ({ status, body }) => answer(request, response, status, body),
        () => answer(request, response, 500, httpErrorBody(500, 'internal error')),
      );
      return true;
    }
    return false;
  };
}

/** The readiness verdict: HTTP status and JSON body. */
async function readiness(deps: HealthDeps): Promise<{ status: number; body: unknown }> {
  if (!deps.relay.isAccepting) return { status: 503, body: httpErrorBody(503, 'draining') };
  try {
    await deps.store.ping();
  } catch {
    return { status: 503, body: httpErrorBody(503, 'store unreachable') };
  }
  // Fan-out down is degraded, not unready: this relay still serves its clients correctly
  // and catches up once Redis is back, and a 503 would pull every relay out of the load
  // balancer at once when the one Redis they share goes down.
  const fanOut = deps.fanOut?.status;
  if (fanOut === undefined) return { status: 200, body: { status: 'ready' } };
  return { status: 200, body: { status: fanOut === 'live' ? 'ready' : 'degraded', fanOut: fanOut === 'live' ? 'live' : 'down' } };
}

function answer(request: IncomingMessage, response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  response.end(request.method === 'HEAD' ? undefined : json);
}
