import { EventEmitter } from 'node:events';
import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { encodeMessageBatch, MESSAGE_BATCH_TYPE, parseSseEvent } from '@tandem/protocol';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/**
 * The load generator's side of Tandem's SSE + POST transport (README "When WebSockets are
 * blocked"), shaped like the part of a `ws` socket `BenchClient` uses: 'message' events with
 * the relay's y-websocket frames (base64 in `data:`, decoded here), 'close' with the relay's
 * code, `send` POSTing batches. Raw `node:http` rather than `fetch`: cheaper for the load
 * generator with a hundred streams, and it can pick the loopback source address (Tandem caps
 * sessions per address on this transport too). No resume after a drop: a drop is a close 1006.
 */
export class SseClientSocket extends EventEmitter {
  readyState = CONNECTING;
  private queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private isPosting = false;
  private streamRequest: ClientRequest | null = null;
  /** One kept-alive connection for this client's POSTs (one in flight at a time, as SseSocket does). */
  private readonly postAgent = new Agent({ keepAlive: true, maxSockets: 1 });

  private constructor(
    private readonly syncUrl: URL,
    private readonly streamId: string,
    private readonly localAddress: string | undefined,
  ) {
    super();
  }

  /**
   * Opens a session (`POST /sync/<doc>`), then its event stream; resolves once the stream
   * answered 200. Rejects with "HTTP <status>" when the relay refuses either.
   */
  static async open(wsUrl: string, localAddress: string | undefined): Promise<SseClientSocket> {
    const syncUrl = toSyncUrl(wsUrl);
    const opened = await send(syncUrl, { method: 'POST', localAddress });
    if (opened.status !== 201) throw new Error(`HTTP ${opened.status} for ${syncUrl.pathname}`);
    const { stream } = JSON.parse(opened.body) as { stream: string };
    const socket = new SseClientSocket(syncUrl, stream, localAddress);
    await socket.attach();
    return socket;
  }

  /** Bytes queued and not yet POSTed. */
  get bufferedAmount(): number {
    return this.queuedBytes;
  }

  send(data: Uint8Array): void {
    if (this.readyState !== OPEN) return;
    this.queue.push(data);
    this.queuedBytes += data.byteLength;
    void this.flush();
  }

  /** Ends the session at the relay (DELETE), then closes. */
  close(code = 1000): void {
    if (this.readyState === CLOSED) return;
    void send(this.streamUrl(), { method: 'DELETE', localAddress: this.localAddress }).catch(() => undefined);
    this.finish(code, '');
  }

  /** Drops the stream without telling the relay (it notices the closed connection). */
  terminate(): void {
    this.finish(1006, '');
  }

  private streamUrl(): URL {
    const url = new URL(this.syncUrl);
    url.searchParams.set('stream', this.streamId);
    return url;
  }

  private attach(): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = request(this.streamUrl(), { headers: { accept: 'text/event-stream' }, agent: false, ...(this.localAddress ? { localAddress: this.localAddress } : {}) });
      this.streamRequest = req;
      req.on('error', (error) => {
        if (this.readyState === CONNECTING) reject(error);
        this.finish(1006, '');
      });
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          req.destroy();
          reject(new Error(`HTTP ${res.statusCode} for the event stream`));
          return;
        }
        this.readyState = OPEN;
        resolve();
        this.read(res);
      });
      req.end();
    });
  }

  private read(res: IncomingMessage): void {
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1 && this.readyState === OPEN) {
        this.dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    });
    res.on('end', () => this.finish(1006, ''));
    res.on('error', () => this.finish(1006, ''));
  }

  private dispatch(block: string): void {
    const { event, data } = parseSseEvent(block);
    if (event === 'close') {
      const { code, reason } = JSON.parse(data) as { code: number; reason: string };
      this.finish(code, reason);
    } else if (event === 'message' && data) {
      this.emit('message', Buffer.from(data, 'base64'));
    }
  }

  private async flush(): Promise<void> {
    if (this.isPosting || this.queue.length === 0 || this.readyState !== OPEN) return;
    this.isPosting = true;
    const batch = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    try {
      const answer = await send(this.streamUrl(), {
        method: 'POST',
        body: encodeMessageBatch(batch),
        contentType: MESSAGE_BATCH_TYPE,
        agent: this.postAgent,
        localAddress: this.localAddress,
      });
      if (answer.status !== 204) return this.finish(1006, `HTTP_${answer.status}`);
    } catch {
      return this.finish(1006, '');
    } finally {
      this.isPosting = false;
    }
    void this.flush();
  }

  private finish(code: number, reason: string): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    this.queue = [];
    this.queuedBytes = 0;
    this.streamRequest?.destroy();
    this.postAgent.destroy();
    // Asynchronous, like a WebSocket's close event.
    setImmediate(() => this.emit('close', code, Buffer.from(reason)));
  }
}

/** `ws://host/<doc>` → `http://host/sync/<doc>` (the relay's SSE path). */
function toSyncUrl(wsUrl: string): URL {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = url.pathname.replace(/\/([^/]*)$/, '/sync/$1');
  return url;
}

interface SendOptions {
  readonly method: 'POST' | 'DELETE';
  readonly body?: Uint8Array;
  readonly contentType?: string;
  readonly agent?: Agent;
  readonly localAddress: string | undefined;
}

/** One HTTP request; resolves with the status and body text. */
function send(url: URL, options: SendOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-length': options.body?.byteLength ?? 0 };
    if (options.contentType) headers['content-type'] = options.contentType;
    const req = request(url, {
      method: options.method,
      headers,
      ...(options.agent ? { agent: options.agent } : {}),
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.end(options.body);
  });
}
