import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeAwarenessMessage, encodeAwarenessUpdate, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '@tandem/protocol';
import type { Dialect } from './dialect';
import { nextLoopbackSource } from './loopback-sources';
import { SseClientSocket } from './sse-client-socket';

/** How a client reaches the relay: a WebSocket, or Tandem's SSE + POST fallback. */
export type Transport = 'websocket' | 'sse';

/** The part of a `ws` socket the client uses (an `SseClientSocket` has the same shape). */
interface ClientSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code?: number): void;
  terminate(): void;
  on(event: 'message', listener: (data: Buffer) => void): unknown;
  once(event: 'close', listener: (code: number, reason: Buffer) => void): unknown;
}

/** Where and how a bench client connects. */
export interface BenchClientOptions {
  readonly baseUrl: string;
  readonly doc: string;
  readonly dialect: Dialect;
  /** 'websocket' by default; 'sse' only for Tandem (y-websocket dialect). */
  readonly transport?: Transport;
  /**
   * The client's replica, used only to answer the relay's sync step 1 and to ask for what is
   * missing. Omit it for clients that hold no state (readers that only watch for markers).
   */
  readonly replica?: Y.Doc;
  /** Announce a presence like an editor does (one awareness state), or stay invisible. */
  readonly awarenessName?: string;
  /** Called for every sync payload (step 2 or update) with the time the frame arrived. */
  readonly onSyncPayload?: (update: Uint8Array, receivedAtMs: number) => void;
  /** Called (after `onSyncPayload`) for each sync step 2: the relay's answer to a sync step 1. */
  readonly onSyncStep2?: (update: Uint8Array) => void;
}

const EMPTY_STATE_VECTOR = Uint8Array.of(0);
const EMPTY_UPDATE = Uint8Array.of(0, 0);

/**
 * A protocol-level client: a raw `ws` socket speaking sync step 1/2, updates and awareness,
 * with no provider, no reconnect logic and (unless given one) no Y.Doc, so thousands fit in
 * one process.
 */
export class BenchClient {
  /** Resolves when the relay's first sync step 2 arrived (the client has the relay's state). */
  readonly synced: Promise<void>;
  /** Resolves when the socket has closed, with the close code. */
  readonly closed: Promise<number>;
  /** Frames received so far (to tell when connection-time traffic has died down). */
  framesReceived = 0;
  private isSynced = false;
  private resolveSynced!: () => void;
  private rejectSynced!: (error: Error) => void;

  private constructor(
    private readonly socket: ClientSocket,
    private readonly options: BenchClientOptions,
  ) {
    this.synced = new Promise<void>((resolve, reject) => {
      this.resolveSynced = resolve;
      this.rejectSynced = reject;
    });
    this.synced.catch(() => undefined);
    this.closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('message', (data: Buffer) => this.receive(data));
    socket.once('close', (code, reason) => {
      if (!this.isSynced) this.rejectSynced(new Error(`closed before sync: ${code} ${reason.toString()}`));
    });
  }

  /** Opens a socket, sends the opening handshake and resolves once the socket is open. */
  static connect(options: BenchClientOptions): Promise<BenchClient> {
    if (options.transport === 'sse') return BenchClient.connectSse(options);
    return new Promise((resolve, reject) => {
      const url = options.dialect.url(options.baseUrl, options.doc);
      const localAddress = nextLoopbackSource(url);
      const socket = new WebSocket(url, { maxPayload: 512 * 1024 * 1024, ...(localAddress ? { localAddress } : {}) });
      // Without an 'error' listener a refused connection would crash the load generator.
      socket.on('error', (error) => reject(error));
      socket.once('unexpected-response', (_req, res) => {
        reject(new Error(`HTTP ${res.statusCode} for ${options.doc}`));
        // With a listener, ws leaves the refused request open: drop it.
        res.resume();
        socket.terminate();
      });
      socket.once('open', () => {
        const client = new BenchClient(socket, options);
        client.handshake();
        resolve(client);
      });
    });
  }

  private static async connectSse(options: BenchClientOptions): Promise<BenchClient> {
    const url = options.dialect.url(options.baseUrl, options.doc);
    const client = new BenchClient(await SseClientSocket.open(url, nextLoopbackSource(url)), options);
    client.handshake();
    return client;
  }

  /** True while the socket is open (the relay has not dropped it). */
  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  get hasSynced(): boolean {
    return this.isSynced;
  }

  /** Bytes queued in the socket and not yet handed to the kernel (for backpressure). */
  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  /** Sends one document update. */
  sendUpdate(update: Uint8Array): void {
    this.send(encodeSyncUpdate(update));
  }

  /** Sends a sync step 1 (the relay answers with what `stateVector` lacks): a "Saved" probe. */
  sendStateVector(stateVector: Uint8Array): void {
    this.send(encodeSyncStep1(stateVector));
  }

  /** Closes the socket; resolves once it is closed (or after `timeoutMs`, then terminates). */
  async close(timeoutMs = 2_000): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close(1000);
    const timer = setTimeout(() => this.socket.terminate(), timeoutMs);
    await this.closed;
    clearTimeout(timer);
  }

  /** Drops the connection without a closing handshake (fast teardown of thousands). */
  terminate(): void {
    this.socket.terminate();
  }

  private handshake(): void {
    const { dialect, doc, replica, awarenessName } = this.options;
    for (const frame of dialect.openingFrames(doc)) this.socket.send(frame);
    this.send(encodeSyncStep1(replica ? Y.encodeStateVector(replica) : EMPTY_STATE_VECTOR));
    if (awarenessName !== undefined) {
      const clientId = replica?.clientID ?? Math.floor(Math.random() * 0xffffffff);
      const stateJson = JSON.stringify({ user: { name: awarenessName } });
      this.send(encodeAwarenessMessage(encodeAwarenessUpdate([{ clientId, clock: 1, stateJson }])));
    }
  }

  private send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(this.options.dialect.frame(this.options.doc, message));
  }

  private receive(data: Buffer): void {
    const receivedAtMs = performance.now();
    this.framesReceived++;
    const frame = this.options.dialect.parse(data);
    switch (frame.kind) {
      case 'sync-step1': {
        const { replica } = this.options;
        this.send(encodeSyncStep2(replica ? Y.encodeStateAsUpdate(replica, frame.stateVector) : EMPTY_UPDATE));
        return;
      }
      case 'sync-step2':
        this.options.onSyncPayload?.(frame.update, receivedAtMs);
        this.options.onSyncStep2?.(frame.update);
        if (!this.isSynced) {
          this.isSynced = true;
          this.resolveSynced();
        }
        return;
      case 'sync-update':
        this.options.onSyncPayload?.(frame.update, receivedAtMs);
        return;
      case 'permission-denied':
        this.rejectSynced(new Error(`permission denied: ${frame.reason}`));
        this.socket.close();
        return;
      default:
        return;
    }
  }
}
