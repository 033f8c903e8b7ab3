import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger, Relay } from '@tandem/relay-core';
import { decodeMessageBatch, parseDocName } from '@tandem/protocol';
import type { ApiEnv } from '../caller';
import type { ProxyTrust } from '../client-address';
import { httpErrorBody } from '../http-error';
import { createSseStream, type SseStream, type SseStreamOptions } from './sse-stream';

/** Path prefix of the transport: `/sync/<doc>`, the WebSocket path's doc part after it. */
export const SSE_PATH_PREFIX = '/sync';

/** What the SSE + POST transport is built from (the same pieces the upgrade handler uses). */
export interface SseTransportDeps {
  readonly relay: Relay;
  readonly logger: Logger;
  readonly proxyTrust: ProxyTrust;
  /** Browser origins allowed; null allows any. */
  readonly allowedOrigins: ReadonlySet<string> | null;
  readonly perAddress: { hasCapacityFor(address: string): boolean; opened(address: string): () => void };
  /** Largest single message (the WebSocket frame limit); a POST body may hold one plus framing. */
  readonly maxMessageBytes: number;
}

/** Tunables; the defaults suit production, tests shorten them. */
export interface SseTransportOptions extends SseStreamOptions {
  /** SSE comment interval so proxies never see an idle stream (issue 14: 15 s). */
  readonly heartbeatMs: number;
}

export const defaultSseOptions: SseTransportOptions = {
  ringMessages: 512,
  ringBytes: 1024 * 1024,
  detachedGraceMs: 15_000,
  highWaterBytes: 256 * 1024,
  heartbeatMs: 15_000,
};

/** The transport: routes to mount, and a stop for the heartbeat timer. */
export interface SseTransport {
  mount(app: Hono<ApiEnv>): void;
  /** Open streams (tests, leak checks). */
  readonly size: number;
  stop(): void;
}

/**
 * Relay sessions over Server-Sent Events + POST, for networks that strip the WebSocket upgrade.
 *
 * - `POST /sync/<doc>` (no `stream`): opens a session with the `Authorization: Bearer` token,
 *   exactly as a WebSocket upgrade would (`relay.connect`), and answers `201 {"stream": id}`.
 *   The id is a short-lived capability, so the token never goes into a URL.
 * - `GET /sync/<doc>?stream=<id>`: `text/event-stream`, one event per relay message (base64,
 *   with an id); `Last-Event-ID` resumes after a drop while the ring holds the gap, else 410.
 *   The relay closing the session is a final `event: close` with `{code, reason}`.
 * - `POST /sync/<doc>?stream=<id>`: a batch of client messages (see encodeMessageBatch), with
 *   the same Authorization header the stream was opened with.
 * - `DELETE /sync/<doc>?stream=<id>`: the client is done.
 * Refusals before a session exists are HTTP statuses: 400 bad name, 403 origin, 429 too many
 * connections from the address, 503 shutting down; 404/410 unknown or unresumable stream.
 */
export function createSseTransport(deps: SseTransportDeps, options: SseTransportOptions = defaultSseOptions): SseTransport {
  const streams = new Map<string, SseStream>();
  const heartbeat = setInterval(() => {
    for (const stream of streams.values()) stream.heartbeat();
  }, options.heartbeatMs);
  heartbeat.unref();
  const maxBodyBytes = deps.maxMessageBytes + 64 * 1024;

  const refuse = (status: ContentfulStatusCode, message: string): Response =>
    new Response(JSON.stringify(httpErrorBody(status, message)), { status, headers: { 'content-type': 'application/json' } });

  /** The doc named by the raw path (not URL-normalised, as on the WebSocket path). */
  const docOf = (c: Context<ApiEnv>): { ok: true; doc: string } | { ok: false; response: Response } => {
    const origin = c.req.header('origin');
    if (deps.allowedOrigins && origin !== undefined && !deps.allowedOrigins.has(origin)) {
      return { ok: false, response: refuse(403, 'origin not allowed') };
    }
    const url = c.req.raw.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const queryStart = url.indexOf('?', pathStart);
    const path = url.slice(pathStart + SSE_PATH_PREFIX.length, queryStart === -1 ? undefined : queryStart);
    const name = parseDocName(path);
    return name.ok ? { ok: true, doc: name.name } : { ok: false, response: refuse(400, name.reason) };
  };
  /** The stream named by `?stream=`, when it belongs to this doc. */
  const streamOf = (c: Context<ApiEnv>, doc: string): SseStream | null => {
    const stream = streams.get(c.req.query('stream') ?? '');
    return stream && stream.doc === doc ? stream : null;
  };
  const clientAddress = (c: Context<ApiEnv>): string =>
    deps.proxyTrust.clientAddress(getConnInfo(c).remote.address ?? '', c.req.header('x-forwarded-for'));

  const open = (c: Context<ApiEnv>, doc: string): Response => {
    if (!deps.relay.isAccepting) return refuse(503, 'relay is shutting down');
    const address = clientAddress(c);
    if (!deps.perAddress.hasCapacityFor(address)) return refuse(429, 'too many connections from this address');
    const authorization = c.req.header('authorization') ?? null;
    const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim() ?? null;
    const stream = createSseStream(doc, authorization, options);
    streams.set(stream.id, stream);
    const released = deps.perAddress.opened(address);
    const session = deps.relay.connect(stream.connection, { doc, credentials: { token } });
    receivers.set(stream, (message) => session.receive(message));
    stream.onSessionEnd(() => {
      released();
      session.closed();
    });
    stream.onGone(() => {
      streams.delete(stream.id);
      receivers.delete(stream);
    });
    deps.logger.debug({ doc, sessionId: stream.connection.id }, 'sse session opened');
    return c.json({ stream: stream.id }, 201);
  };
  const receivers = new WeakMap<SseStream, (message: Uint8Array) => void>();

  const post = async (c: Context<ApiEnv>, doc: string, stream: SseStream): Promise<Response> => {
    if ((c.req.header('authorization') ?? null) !== stream.authorization) return refuse(401, 'not the credentials this stream was opened with');
    if (stream.isEnded) return refuse(410, 'stream ended');
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > maxBodyBytes) return refuse(413, 'batch too large');
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > maxBodyBytes) return refuse(413, 'batch too large');
    const messages = decodeMessageBatch(body);
    if (messages === null) return refuse(400, 'not a message batch');
    const receive = receivers.get(stream);
    for (const message of messages) {
      // Backpressure: while the core has paused reading, this POST is not answered, so the
      // client (one POST in flight at a time) waits, as TCP would make a WebSocket sender wait.
      await stream.whenReadable();
      if (stream.isEnded || !receive) break;
      receive(message);
    }
    deps.logger.debug({ doc, sessionId: stream.connection.id, messages: messages.length }, 'sse batch');
    return c.body(null, 204);
  };

  return {
    get size() {
      return streams.size;
    },
    mount(app) {
      app.post(`${SSE_PATH_PREFIX}/*`, async (c) => {
        const doc = docOf(c);
        if (!doc.ok) return doc.response;
        if (c.req.query('stream') === undefined) return open(c, doc.doc);
        const stream = streamOf(c, doc.doc);
        return stream ? post(c, doc.doc, stream) : refuse(404, 'no such stream');
      });
      app.get(`${SSE_PATH_PREFIX}/*`, (c) => {
        const doc = docOf(c);
        if (!doc.ok) return doc.response;
        const stream = streamOf(c, doc.doc);
        if (!stream) return refuse(404, 'no such stream');
        const header = c.req.header('last-event-id');
        const lastEventId = header === undefined || header === '' ? null : Number(header);
        if (lastEventId !== null && !Number.isSafeInteger(lastEventId)) return refuse(400, 'bad Last-Event-ID');
        const body = stream.attach(lastEventId);
        if (!body) {
          // The gap is gone: the client starts a new session (a state-vector sync).
          stream.end();
          return refuse(410, 'cannot resume: start a new stream');
        }
        return new Response(body, {
          status: 200,
          headers: {
            'content-type': 'text/event-stream',
            'cache-control': 'no-cache, no-transform',
            // nginx would otherwise buffer the stream.
            'x-accel-buffering': 'no',
          },
        });
      });
      app.delete(`${SSE_PATH_PREFIX}/*`, (c) => {
        const doc = docOf(c);
        if (!doc.ok) return doc.response;
        const stream = streamOf(c, doc.doc);
        if (!stream) return refuse(404, 'no such stream');
        if ((c.req.header('authorization') ?? null) !== stream.authorization) return refuse(401, 'not the credentials this stream was opened with');
        stream.end();
        return c.body(null, 204);
      });
    },
    stop() {
      clearInterval(heartbeat);
      for (const stream of [...streams.values()]) stream.end();
    },
  };
}
