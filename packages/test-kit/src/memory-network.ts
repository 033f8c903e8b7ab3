import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MessageType } from '@tandem/protocol';
import type { Connection, Relay, Session } from '@tandem/relay-core';
import type { SeededRandom } from './seeded-random';

/** A simulated client: a real Y.Doc and Awareness speaking the wire protocol to the relay. */
export interface MemoryClient {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly session: Session;
  /** Close code and reason if the relay closed this client. */
  readonly closedWith: { code: number; reason: string } | null;
  /** True while the relay has paused reading this client (its outbox is not delivered). */
  readonly isPaused: boolean;
  /** Frames sent by the relay and not yet delivered to the client. */
  readonly inbox: Uint8Array[];
  /** Frames sent by the client and not yet delivered to the relay. */
  readonly outbox: (Uint8Array | string)[];
  /** Queues a raw frame from the client (for hostile-input tests). */
  sendRaw(frame: Uint8Array | string): void;
  /** The client's transport closes (tab closed, network gone). */
  disconnect(): void;
}

/**
 * Connects simulated clients to a relay core with explicit, optionally randomised delivery.
 * Per-connection order is kept (like TCP); across connections, `deliverRandomly` interleaves
 * in a seed-reproducible order so convergence tests explore many schedules.
 */
export interface MemoryNetwork {
  connect(doc: string, options?: { token?: string; bufferedBytes?: () => number }): MemoryClient;
  /** Delivers every queued frame in both directions until nothing moves (awaiting the store). */
  deliverAll(): Promise<void>;
  /** Like deliverAll, but picks the next connection and direction with `random`. */
  deliverRandomly(random: SeededRandom): Promise<void>;
  readonly clients: readonly MemoryClient[];
}

/** Creates a network in front of `relay`. */
export function createMemoryNetwork(relay: Relay): MemoryNetwork {
  const clients: MemoryClient[] = [];
  let nextId = 1;

  const connect: MemoryNetwork['connect'] = (docName, options = {}) => {
    const id = `mem-${nextId++}`;
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    const inbox: Uint8Array[] = [];
    const outbox: (Uint8Array | string)[] = [];
    let closedWith: MemoryClient['closedWith'] = null;
    let isOpen = true;
    let isPaused = false;

    const connection: Connection = {
      id,
      send: (message) => {
        if (isOpen) inbox.push(message.slice());
      },
      close: (code, reason) => {
        if (!isOpen) return;
        isOpen = false;
        closedWith = { code, reason };
        void Promise.resolve().then(() => client.session.closed());
      },
      bufferedBytes: options.bufferedBytes ?? (() => 0),
      // Like TCP backpressure: the client's frames wait in its outbox until reading resumes.
      pauseReading: () => void (isPaused = true),
      resumeReading: () => void (isPaused = false),
    };

    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote' || !isOpen) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.writeUpdate(encoder, update);
      outbox.push(encoding.toUint8Array(encoder));
    });
    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === 'remote' || !isOpen) return;
      const changed = [...added, ...updated, ...removed];
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.awareness);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, changed));
      outbox.push(encoding.toUint8Array(encoder));
    });

    const session = relay.connect(connection, { doc: docName, credentials: { token: options.token ?? null } });
    const client: MemoryClient = {
      id,
      doc,
      awareness,
      session,
      get closedWith() {
        return closedWith;
      },
      get isPaused() {
        return isPaused;
      },
      inbox,
      outbox,
      sendRaw: (frame) => outbox.push(frame),
      disconnect() {
        if (!isOpen) return;
        isOpen = false;
        session.closed();
      },
    };
    // Like y-websocket: the client opens with its own sync step 1.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep1(encoder, doc);
    outbox.push(encoding.toUint8Array(encoder));
    clients.push(client);
    return client;
  };

  const deliverToClient = (client: MemoryClient, frame: Uint8Array): void => {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.readSyncMessage(decoder, encoder, client.doc, 'remote');
      if (encoding.length(encoder) > 1) client.outbox.push(encoding.toUint8Array(encoder));
    } else if (type === MessageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(client.awareness, decoding.readVarUint8Array(decoder), 'remote');
    }
  };

  const moves = (): (() => void)[] => {
    const list: (() => void)[] = [];
    for (const client of clients) {
      if (client.closedWith) {
        client.inbox.length = 0;
        client.outbox.length = 0;
        continue;
      }
      if (client.outbox.length > 0 && !client.isPaused) list.push(() => client.session.receive(client.outbox.shift() as Uint8Array | string));
      if (client.inbox.length > 0) list.push(() => deliverToClient(client, client.inbox.shift() as Uint8Array));
    }
    return list;
  };

  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  const run = async (pick: (count: number) => number): Promise<void> => {
    for (let round = 0; round < 1_000_000; round++) {
      await settle();
      const available = moves();
      if (available.length === 0) {
        await settle();
        if (moves().length === 0) return;
        continue;
      }
      (available[pick(available.length)] as () => void)();
    }
    throw new Error('memory network did not settle');
  };

  return {
    connect,
    deliverAll: () => run(() => 0),
    deliverRandomly: (random) => run((count) => random.int(count)),
    clients,
  };
}
