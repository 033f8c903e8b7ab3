import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createTokenIssuer } from '@tandem/auth-jwt';
import { startTestRelay, type TestRelay } from './harness';

let relay: TestRelay;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await relay?.stop();
});

/** Opens a socket as if through a proxy that set X-Forwarded-For; resolves with 'open' or the HTTP status. */
function connect(forwardedFor?: string): Promise<'open' | number> {
  const socket = new WebSocket(`${relay.wsUrl}/doc`, forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {});
  sockets.push(socket);
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.once('open', () => resolve('open'));
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
  });
}

describe('per-address connection cap behind a reverse proxy', () => {
  it('without trusted proxies, X-Forwarded-For is ignored: a client cannot dodge the cap by forging it', async () => {
    relay = await startTestRelay({ maxConnectionsPerAddress: 2 });
    expect(await connect('198.51.100.1')).toBe('open');
    expect(await connect('198.51.100.2')).toBe('open');
    expect(await connect('198.51.100.3')).toBe(429);
  });

  it('with the proxy trusted, each client behind it has its own cap', async () => {
    relay = await startTestRelay({ maxConnectionsPerAddress: 2, trustedProxies: ['127.0.0.1'] });
    expect(await connect('198.51.100.1')).toBe('open');
    expect(await connect('198.51.100.1')).toBe('open');
    expect(await connect('198.51.100.1')).toBe(429);
    expect(await connect('198.51.100.2')).toBe('open');
    // A forged left-most entry does not help: the proxy appended the real address last.
    expect(await connect('203.0.113.50, 198.51.100.1')).toBe(429);
  });

  it('a proxy list that does not include the peer changes nothing', async () => {
    relay = await startTestRelay({ maxConnectionsPerAddress: 1, trustedProxies: ['10.0.0.0/8'] });
    expect(await connect('198.51.100.1')).toBe('open');
    expect(await connect('198.51.100.2')).toBe(429);
  });
});

describe('share links behind a reverse proxy', () => {
  const SECRET = 'trusted-proxy-test-secret-long-enough!!';
  const shareUrl = async (headers: Record<string, string>): Promise<string> => {
    const jwt = await createTokenIssuer(SECRET).issue({ sub: 'u', docs: { '*': 'editor' }, ttlSeconds: 600 });
    const res = await fetch(`${relay.httpUrl}/api/share`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ doc: 'plan', role: 'viewer', expiresInSeconds: 600 }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { url: string }).url;
  };
  const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'docs.example.com' };

  it('use the public origin a trusted proxy reports', async () => {
    relay = await startTestRelay({ authSecret: SECRET, trustedProxies: ['127.0.0.1'] });
    expect(await shareUrl(forwarded)).toMatch(/^https:\/\/docs\.example\.com\/d\/plan\?token=/);
  });

  it('ignore X-Forwarded-Host from anyone else, so a caller cannot point a link elsewhere', async () => {
    relay = await startTestRelay({ authSecret: SECRET });
    expect(await shareUrl(forwarded)).toMatch(new RegExp(`^${relay.httpUrl}/d/plan\\?token=`));
  });
});
