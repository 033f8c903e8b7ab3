import { describe, expect, it } from 'vitest';
import { createFakeClock, createMemoryNetwork, createSilentLogger } from '@tandem/test-kit';
import { createRelay, defaultRelayOptions } from './relay';
import { createMemoryDocStore } from './memory/memory-doc-store';
import type { AuthResult, Authorizer } from './ports';

/**
 * Tokens are `<user>:<jti>:<issuedAt ms>`. Authorization waits for `release()` while `isGated`,
 * like a slow JWKS fetch, so a revocation can land in the middle of it.
 */
function gatedAuthorizer() {
  let isGated = false;
  let waiting: (() => void)[] = [];
  const authorizer: Authorizer = {
    async authorize({ credentials }): Promise<AuthResult> {
      if (isGated) await new Promise<void>((resolve) => waiting.push(resolve));
      const [user, jti, issuedAt] = (credentials.token ?? '').split(':');
      return { ok: true, access: 'write', user: { id: user! }, expiresAt: 5_000_000, tokenId: jti ?? null, issuedAt: Number(issuedAt ?? 0) };
    },
  };
  return {
    authorizer,
    gate: () => void (isGated = true),
    release: () => {
      isGated = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

function setup() {
  const clock = createFakeClock(1_000_000);
  const auth = gatedAuthorizer();
  const store = createMemoryDocStore();
  const relay = createRelay({ store, clock, logger: createSilentLogger(), authorizer: auth.authorizer }, defaultRelayOptions);
  return { clock, relay, store, auth, network: createMemoryNetwork(relay) };
}

describe('revocation', () => {
  it('a user revoked while their connection is still authorizing is closed, not admitted', async () => {
    const { network, relay, auth } = setup();
    auth.gate();
    const ada = network.connect('doc', { token: 'ada:t1:0' });
    await network.deliverAll();
    expect(relay.stats().sessions).toBe(1);
    relay.revoke({ userId: 'ada', action: 'close' });
    auth.release();
    await network.deliverAll();
    expect(ada.closedWith).toEqual({ code: 4403, reason: 'REVOKED' });
  });

  it('a downgrade that races with authorization is not overwritten by the grant', async () => {
    const { network, relay, auth, store } = setup();
    auth.gate();
    const ada = network.connect('doc', { token: 'ada:t1:0' });
    const everyone = network.connect('doc', { token: 'bob:t2:0' });
    await network.deliverAll();
    relay.revoke({ doc: 'doc', action: 'downgrade' });
    auth.release();
    await network.deliverAll();
    ada.doc.getText('t').insert(0, 'should be refused');
    everyone.doc.getText('t').insert(0, 'refused too');
    await network.deliverAll();
    expect(await store.load('doc')).toBeNull();
    expect(ada.closedWith).toBeNull();
  });

  it('a revoked token cannot reconnect; a token issued after the revocation can', async () => {
    const { network, relay, clock } = setup();
    const ada = network.connect('doc', { token: 'ada:t1:0' });
    await network.deliverAll();
    expect(relay.revoke({ userId: 'ada', action: 'close' })).toBe(1);
    await network.deliverAll();
    expect(ada.closedWith?.code).toBe(4403);
    const again = network.connect('doc', { token: 'ada:t1:0' });
    await network.deliverAll();
    expect(again.closedWith).toEqual({ code: 4403, reason: 'REVOKED' });
    const otherOldToken = network.connect('doc', { token: 'ada:t9:500000' });
    await network.deliverAll();
    expect(otherOldToken.closedWith).toEqual({ code: 4403, reason: 'REVOKED' });
    clock.advance(1_000);
    const fresh = network.connect('doc', { token: `ada:t2:${clock.now()}` });
    await network.deliverAll();
    expect(fresh.closedWith).toBeNull();
  });

  it('revokes one token by jti, leaving the user\'s other tokens alone', async () => {
    const { network, relay } = setup();
    const laptop = network.connect('doc', { token: 'ada:laptop:0' });
    const phone = network.connect('doc', { token: 'ada:phone:0' });
    await network.deliverAll();
    expect(relay.revoke({ tokenId: 'phone', action: 'close' })).toBe(1);
    await network.deliverAll();
    expect(phone.closedWith?.code).toBe(4403);
    expect(laptop.closedWith).toBeNull();
    const phoneAgain = network.connect('doc', { token: 'ada:phone:0' });
    const laptopAgain = network.connect('doc', { token: 'ada:laptop:0' });
    await network.deliverAll();
    expect(phoneAgain.closedWith?.code).toBe(4403);
    expect(laptopAgain.closedWith).toBeNull();
  });

  it('a downgrade is remembered: the same token reconnects read-only', async () => {
    const { network, relay, store } = setup();
    network.connect('doc', { token: 'ada:t1:0' });
    await network.deliverAll();
    relay.revoke({ userId: 'ada', action: 'downgrade' });
    const again = network.connect('doc', { token: 'ada:t1:0' });
    await network.deliverAll();
    again.doc.getText('t').insert(0, 'refused');
    await network.deliverAll();
    expect(await store.load('doc')).toBeNull();
  });
});
