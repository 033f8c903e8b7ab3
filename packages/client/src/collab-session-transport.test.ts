import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRelay } from './testing/fake-relay';
import { WAIT, installFakeBrowser, openSession, uninstallFakeBrowser, untilSynced } from './testing/session-harness';
import { SseSocket } from './sse-socket';

let relay: FakeRelay;
let fetches: string[];
let isHttpUp: boolean;

beforeEach(() => {
  installFakeBrowser();
  relay = new FakeRelay();
  fetches = [];
  isHttpUp = true;
  // The SSE socket's HTTP requests go nowhere here: only which transport is tried matters.
  // /healthz answers (plain HTTP works), the SSE socket's requests go nowhere: only which
  // transport is tried matters here.
  vi.stubGlobal('fetch', (url: string | URL) => {
    fetches.push(String(url));
    if (String(url).endsWith('/healthz')) return Promise.resolve(new Response(isHttpUp ? '{}' : null, { status: isHttpUp ? 200 : 503 }));
    return Promise.reject(new TypeError('network blocked in this test'));
  });
});

afterEach(uninstallFakeBrowser);

describe('transport fallback', () => {
  it('switches to SSE + POST after 3 WebSocket upgrades that never opened, keeping the edits, and goes back once a WebSocket opens again', async () => {
    relay.isDown = true;
    const session = openSession(relay, { transport: 'auto', webSocketProbeMs: 60_000 });
    session.doc.getText('title').insert(0, 'typed while blocked');
    await vi.waitFor(() => expect(session.getSnapshot().transport).toBe('sse'), WAIT);
    expect(relay.sockets.length).toBe(3);
    expect(session.provider._WS).toBe(SseSocket);
    expect(fetches[0]).toBe('http://relay.test/healthz');
    await vi.waitFor(() => expect(fetches).toContain('http://relay.test/sync/doc'), WAIT);
    // The probe finds WebSockets working again: back to them, and the edit made while blocked syncs.
    relay.isDown = false;
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(session.getSnapshot().transport).toBe('websocket'), WAIT);
    await untilSynced(relay, session);
    expect(relay.doc.getText('title').toString()).toBe('typed while blocked');
    session.dispose();
  });

  it('a relay that is down altogether (HTTP fails too) is not a blocked WebSocket: no switch', async () => {
    relay.isDown = true;
    isHttpUp = false;
    const session = openSession(relay, { transport: 'auto' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(relay.sockets.length).toBeGreaterThan(4);
    expect(session.getSnapshot().transport).toBe('websocket');
    expect(fetches.every((url) => url.endsWith('/healthz'))).toBe(true);
    session.dispose();
  });

  it('a forced transport never switches: `websocket` keeps retrying it, `sse` starts on SSE', async () => {
    relay.isDown = true;
    const ws = openSession(relay, { transport: 'websocket' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(relay.sockets.length).toBeGreaterThan(3);
    expect(ws.getSnapshot().transport).toBe('websocket');
    ws.dispose();
    const sse = openSession(relay, { transport: 'sse' });
    expect(sse.getSnapshot().transport).toBe('sse');
    await vi.waitFor(() => expect(fetches.length).toBeGreaterThan(0), WAIT);
    sse.dispose();
  });
});
