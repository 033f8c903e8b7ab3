import { AUTH_PROTOCOL, CloseCode, encodeMessageBatch, MESSAGE_BATCH_TYPE, parseSseEvent } from '@tandem/protocol';

/** Largest POST body the socket builds from queued messages (one bigger message goes alone). */
const MAX_BATCH_BYTES = 256 * 1024;
/** Resume attempts after the event stream drops, before the session counts as lost. */
const RESUME_ATTEMPTS = 3;
const RESUME_BASE_DELAY_MS = 250;

type Handler = ((event: any) => void) | null;

/**
 * A WebSocket look-alike over Server-Sent Events + POST (the relay's `/sync/<doc>`), for
 * networks that strip the WebSocket upgrade. It implements exactly what y-websocket's
 * provider uses (`binaryType`, `readyState`, `on*` handlers, `send`, `close`), so passing it
 * as `WebSocketPolyfill` runs the same provider, sync and awareness code over HTTP.
 *
 * The stream is read with `fetch` (not EventSource) so a drop is resumed with `Last-Event-ID`
 * under our control and the same code runs in Node. Messages from the provider are POSTed in
 * order, one request at a time, batched while one is in flight. When a POST fails, the socket
 * closes (1006): the provider reconnects and its state-vector sync resends whatever the relay
 * did not get, so no edit is lost.
 */
export class SseSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;

  binaryType = 'arraybuffer';
  readyState = 0;
  readonly protocol = '';
  readonly url: string;
  onopen: Handler = null;
  onmessage: Handler = null;
  onclose: Handler = null;
  onerror: Handler = null;

  private readonly syncUrl: URL;
  private readonly authorization: string | null;
  private readonly abort = new AbortController();
  private streamId: string | null = null;
  private lastEventId: string | null = null;
  private queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private isPosting = false;

  constructor(url: string | URL, protocols?: string | string[]) {
    this.url = String(url);
    this.syncUrl = toSyncUrl(this.url);
    const offered = typeof protocols === 'string' ? [protocols] : (protocols ?? []);
    const token = offered.includes(AUTH_PROTOCOL) ? offered.find((p) => p !== AUTH_PROTOCOL) : undefined;
    this.authorization = token ? `Bearer ${token}` : null;
    void this.run();
  }

  /** Bytes queued but not yet POSTed. */
  get bufferedAmount(): number {
    return this.queuedBytes;
  }

  send(data: ArrayBuffer | ArrayBufferView): void {
    if (this.readyState !== this.OPEN) return;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data.slice(0)) : new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    this.queue.push(bytes);
    this.queuedBytes += bytes.byteLength;
    void this.flush();
  }

  close(code: number = CloseCode.normal, reason = ''): void {
    if (this.readyState >= this.CLOSING) return;
    if (this.streamId !== null) {
      // Tell the relay at once, so our caret disappears for the others now, not after a timeout.
      void fetch(this.streamUrl(), { method: 'DELETE', headers: this.headers(), keepalive: true }).catch(() => undefined);
    }
    this.finish(code, reason);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.authorization ? { authorization: this.authorization, ...extra } : extra;
  }

  private streamUrl(): string {
    const url = new URL(this.syncUrl);
    url.searchParams.set('stream', this.streamId ?? '');
    return url.toString();
  }

  private async run(): Promise<void> {
    try {
      const opened = await fetch(this.syncUrl, { method: 'POST', headers: this.headers(), signal: this.abort.signal });
      if (!opened.ok) return this.fail(opened.status === 400 ? CloseCode.badMessage : 1006, `HTTP_${opened.status}`);
      this.streamId = ((await opened.json()) as { stream: string }).stream;
      for (let attempt = 0; this.readyState < this.CLOSING; ) {
        const isResumed = await this.readStream();
        if (this.readyState >= this.CLOSING) return;
        attempt = isResumed ? 0 : attempt + 1;
        if (attempt > RESUME_ATTEMPTS) return this.fail(1006, 'STREAM_LOST');
        await delay(RESUME_BASE_DELAY_MS * 2 ** attempt, this.abort.signal);
      }
    } catch {
      this.fail(1006, '');
    }
  }

  /**
   * Reads the event stream until it ends or drops. True when it delivered anything (so the
   * next drop starts a fresh count of attempts). Throws on a refusal (404/410: the relay no
   * longer holds the session, so only a new one — a full state-vector sync — can continue).
   */
  private async readStream(): Promise<boolean> {
    let response: Response;
    try {
      response = await fetch(this.streamUrl(), {
        headers: this.headers({ accept: 'text/event-stream', ...(this.lastEventId ? { 'last-event-id': this.lastEventId } : {}) }),
        signal: this.abort.signal,
      });
    } catch (error) {
      if (this.abort.signal.aborted) throw error;
      return false;
    }
    if (!response.ok || !response.body) throw new Error(`stream refused: ${response.status}`);
    if (this.readyState === this.CONNECTING) {
      this.readyState = this.OPEN;
      this.onopen?.({ type: 'open' });
    }
    let delivered = false;
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (this.dispatch(block)) delivered = true;
          if (this.readyState >= this.CLOSING) return delivered;
        }
      }
    } catch (error) {
      if (this.abort.signal.aborted) throw error;
    }
    return delivered;
  }

  /** Handles one SSE event block; true when it was a message or a close. */
  private dispatch(block: string): boolean {
    const { event, data, id } = parseSseEvent(block);
    if (id !== null) this.lastEventId = id;
    if (event === 'close') {
      const { code, reason } = JSON.parse(data) as { code: number; reason: string };
      this.finish(code, reason);
      return true;
    }
    if (event !== 'message' || id === null) return false;
    this.onmessage?.({ type: 'message', data: fromBase64(data).buffer });
    return true;
  }

  private async flush(): Promise<void> {
    if (this.isPosting || this.queue.length === 0 || this.readyState !== this.OPEN) return;
    this.isPosting = true;
    const batch: Uint8Array[] = [];
    let size = 0;
    while (this.queue.length > 0 && (batch.length === 0 || size + this.queue[0]!.byteLength <= MAX_BATCH_BYTES)) {
      const next = this.queue.shift()!;
      batch.push(next);
      size += next.byteLength;
    }
    this.queuedBytes -= size;
    try {
      const response = await fetch(this.streamUrl(), {
        method: 'POST',
        headers: this.headers({ 'content-type': MESSAGE_BATCH_TYPE }),
        body: encodeMessageBatch(batch) as Uint8Array<ArrayBuffer>,
        signal: this.abort.signal,
      });
      if (!response.ok) return this.fail(1006, `HTTP_${response.status}`);
    } catch {
      return this.fail(1006, '');
    } finally {
      this.isPosting = false;
    }
    void this.flush();
  }

  private fail(code: number, reason: string): void {
    if (this.readyState >= this.CLOSING) return;
    this.onerror?.({ type: 'error' });
    this.finish(code, reason);
  }

  private finish(code: number, reason: string): void {
    if (this.readyState === this.CLOSED) return;
    this.readyState = this.CLOSED;
    this.queue = [];
    this.queuedBytes = 0;
    this.abort.abort();
    // Asynchronous, like a WebSocket's close event.
    setTimeout(() => this.onclose?.({ type: 'close', code, reason, wasClean: code === CloseCode.normal }), 0);
  }
}

/** `ws(s)://host/prefix/<doc>?q` → `http(s)://host/prefix/sync/<doc>?q`. */
export function toSyncUrl(wsUrl: string): URL {
  const url = new URL(wsUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : url.protocol === 'ws:' ? 'http:' : url.protocol;
  url.pathname = url.pathname.replace(/\/([^/]*)$/, '/sync/$1');
  return url;
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
