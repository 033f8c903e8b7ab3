/**
 * The relay's WebSocket base URL. In production the relay serves this app, so it is the page's
 * own origin; under `npm run dev` Vite proxies `/ws/<doc>` to the relay.
 */
export function relayWebSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${import.meta.env.DEV ? '/ws' : ''}`;
}

/**
 * A transport forced with `?transport=sse` (or `websocket`) on the page's URL, for networks
 * known to block WebSockets and for trying the fallback; otherwise `auto`.
 */
export function relayTransport(location: Pick<Location, 'search'> = window.location): 'auto' | 'websocket' | 'sse' {
  const forced = new URLSearchParams(location.search).get('transport');
  return forced === 'sse' || forced === 'websocket' ? forced : 'auto';
}
