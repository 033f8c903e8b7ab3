import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Editors connected to the document without a page: stock y-websocket clients in this process. */
export interface NodePeers {
  readonly count: number;
  close(): void;
}

const SYNC_TIMEOUT_MS = 60_000;

/**
 * Connects `count` stock y-websocket `WebsocketProvider`s (each with its own Y.Doc holding the
 * whole document, and a presence state like the web app's) and waits until all are synced.
 * They stand for the other people in the document: they receive every keystroke and appear in
 * the tabs' presence bar, at a fraction of a tab's cost on a 2-core machine. They do not type.
 */
export async function connectNodePeers(baseUrl: string, docId: string, count: number): Promise<NodePeers> {
  const wsUrl = baseUrl.replace(/^http/, 'ws');
  const providers: WebsocketProvider[] = [];
  // Each provider in Node adds a process 'exit' listener (to clear its presence): many peers are expected.
  process.setMaxListeners(process.getMaxListeners() + count);
  const close = (): void => {
    for (const provider of providers) {
      provider.destroy();
      provider.doc.destroy();
    }
    providers.length = 0;
    process.setMaxListeners(Math.max(10, process.getMaxListeners() - count));
  };
  try {
    for (let i = 0; i < count; i += 1) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(wsUrl, encodeURIComponent(docId), doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      provider.awareness.setLocalStateField('user', { name: `Peer ${i + 1}`, color: '#868e96', id: `bench-peer-${i + 1}` });
      providers.push(provider);
    }
    await Promise.all(providers.map((provider) => whenSynced(provider)));
  } catch (error) {
    close();
    throw error;
  }
  return { count, close };
}

function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a node peer did not sync in time')), SYNC_TIMEOUT_MS);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
