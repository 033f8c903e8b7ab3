import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

/** A stock provider that knows several relays, plus what happened to its connections. */
export interface FailoverProvider {
  readonly provider: WebsocketProvider;
  /** Close codes the relays sent (1006 when a relay vanished or refused the connection). */
  readonly closeCodes: number[];
  /** Times the provider connected, the first connection included. */
  readonly connects: () => number;
  /** The relay the provider uses now (or will use on its next attempt). */
  readonly currentUrl: () => string;
}

/**
 * A stock y-websocket `WebsocketProvider` given a list of relay URLs instead of one: whenever a
 * connection closes (the relay died, or closed it with a retryable code), the next attempt goes
 * to the next relay in the list. This is all a load balancer does for a browser, done in the
 * client so a test can choose which relay each client starts on. Nothing of the provider's sync
 * logic is changed: its reconnect and backoff run as shipped; only `serverUrl` (from which
 * y-websocket 3 derives `url` on every attempt) moves on.
 */
export function createFailoverProvider(urls: readonly string[], doc: string, options: { maxBackoffTimeMs?: number } = {}): FailoverProvider {
  if (urls.length === 0) throw new Error('at least one relay URL');
  let index = 0;
  let connects = 0;
  const closeCodes: number[] = [];
  const provider = new WebsocketProvider(urls[0]!, doc, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: options.maxBackoffTimeMs ?? 1_000,
  });
  provider.on('connection-close', (event: { code: number } | null) => {
    if (event) closeCodes.push(event.code);
    index = (index + 1) % urls.length;
    provider.serverUrl = urls[index]!;
  });
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected') connects++;
  });
  return { provider, closeCodes, connects: () => connects, currentUrl: () => provider.serverUrl };
}
