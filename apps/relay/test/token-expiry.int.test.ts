import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createJwtAuthorizer, createTokenIssuer, createVerificationKey } from '@tandem/auth-jwt';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

const SECRET = 'token-expiry-test-secret-with-enough-bytes';
const DAY_SECONDS = 86_400;
let relay: TestRelay;
const providers: WebsocketProvider[] = [];
afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  await relay?.stop();
});

function providerWithToken(doc: string, token: string, closes: number[]): WebsocketProvider {
  const p = new WebsocketProvider(relay.wsUrl, doc, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  p.on('connection-close', (event: { code: number } | null) => {
    if (event) closes.push(event.code);
    if (event && event.code >= 4000) p.shouldConnect = false;
  });
  providers.push(p);
  return p;
}

describe('token expiry on the real system clock', () => {
  // setTimeout clamps delays over 2^31-1 ms (24.8 days) to 1 ms: a 30-day token used to be
  // closed as expired right after it was accepted.
  it('a 30-day token stays connected and keeps receiving edits', async () => {
    relay = await startTestRelay({ authorizer: createJwtAuthorizer(await createVerificationKey({ kind: 'secret', secret: SECRET })) });
    const token = await createTokenIssuer(SECRET).issue({ sub: 'u1', docs: { '*': 'editor' }, ttlSeconds: 30 * DAY_SECONDS });
    const closesA: number[] = [];
    const closesB: number[] = [];
    const a = providerWithToken('long-lived', token, closesA);
    await synced(a);
    const b = providerWithToken('long-lived', token, closesB);
    await synced(b);
    // A round trip through the relay after both joined: any immediate expiry has fired by now.
    b.doc.getText('t').insert(0, 'still here');
    await waitFor(() => a.doc.getText('t').toString() === 'still here' || closesA.length > 0, 5_000, 'edit or close');
    expect(closesA).toEqual([]);
    expect(closesB).toEqual([]);
    expect(a.doc.getText('t').toString()).toBe('still here');
    expect(a.wsconnected && b.wsconnected).toBe(true);
  });
});
