import * as Y from 'yjs';
import { decodeMessage, encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, type DecodedMessage } from '@tandem/protocol';

/**
 * A relay stand-in speaking y-websocket's sync protocol over fake sockets, for the session's
 * unit tests (never exported from the package). Like Tandem's relay it answers a state vector
 * at once from what it has *stored*, while received updates wait in a write queue until
 * `flushWrites()`: the session must not call anything "saved" before that. With `isReadOnly`
 * it refuses writes the way the relay refuses a viewer's: a permission-denied message, the
 * connection stays open.
 */
export class FakeRelay {
  readonly doc = new Y.Doc();
  readonly sockets: FakeSocket[] = [];
  /** Every message a client sent, decoded, in order. */
  readonly received: DecodedMessage[] = [];
  private queued: Uint8Array[] = [];
  isDown = false;
  isReadOnly = false;
  /** A socket that opens but never answers (a firewall that swallows traffic). */
  isSilent = false;

  /** The WebSocket constructor to hand to the session. */
  readonly WebSocketImpl: typeof WebSocket;

  constructor() {
    const relay = this;
    this.WebSocketImpl = class extends FakeSocket {
      constructor(url: string) {
        super(url, relay);
      }
    } as unknown as typeof WebSocket;
  }

  connect(socket: FakeSocket): void {
    this.sockets.push(socket);
    queueMicrotask(() => {
      if (this.isDown) return socket.serverClose(1006, '');
      socket.serverOpen();
      if (!this.isSilent) socket.serverSend(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    });
  }

  receive(socket: FakeSocket, data: Uint8Array): void {
    const decoded = decodeMessage(data);
    if (!decoded.ok) throw new Error(decoded.detail);
    const message = decoded.message;
    this.received.push(message);
    if (this.isSilent) return;
    if (message.kind === 'sync-step1') socket.serverSend(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
    else if (message.kind === 'sync-step2' || message.kind === 'sync-update') {
      if (this.isReadOnly) socket.serverSend(encodePermissionDenied('read-only'));
      else this.queued.push(message.update.slice());
    }
  }

  /** Messages that would change the document (sync step 2 and updates), empty ones included. */
  writes(): DecodedMessage[] {
    return this.received.filter((m) => m.kind === 'sync-step2' || m.kind === 'sync-update');
  }

  /** Writes that carry content (an empty sync step 2 changes nothing). */
  contentWrites(): DecodedMessage[] {
    return this.writes().filter((m) => 'update' in m && !isEmptyUpdate(m.update));
  }

  flushWrites(): void {
    for (const update of this.queued.splice(0)) Y.applyUpdate(this.doc, update);
  }

  closeAll(code: number, reason: string): void {
    for (const socket of this.sockets) socket.serverClose(code, reason);
  }
}

function isEmptyUpdate(update: Uint8Array): boolean {
  const meta = Y.parseUpdateMeta(update);
  return meta.to.size === 0 && Y.decodeUpdate(update).ds.clients.size === 0;
}

/** The part of the browser's WebSocket y-websocket uses. */
export class FakeSocket {
  static readonly OPEN = 1;
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'arraybuffer';
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(
    readonly url: string,
    private readonly relay: FakeRelay,
  ) {
    relay.connect(this);
  }
  send(data: Uint8Array): void {
    if (this.readyState === 1) this.relay.receive(this, data);
  }
  close(): void {
    this.serverClose(1000, '');
  }
  serverOpen(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  serverSend(data: Uint8Array): void {
    const copy = data.slice().buffer;
    queueMicrotask(() => {
      if (this.readyState === 1) this.onmessage?.({ data: copy });
    });
  }
  serverClose(code: number, reason: string): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

/** A Tandem-shaped JWT (unsigned: the client only reads its claims) granting `role` on `doc`. */
export function fakeToken(doc: string, role: 'editor' | 'viewer'): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: 'u1', docs: { [doc]: role } })}.signature`;
}
