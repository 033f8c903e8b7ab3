import type { FanOut, FanOutListener } from '@tandem/relay-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** One isolated bus for one contract test (its own channel prefix, hub or server). */
export interface FanOutFixture {
  /** A new instance on this test's bus, as another relay process would have. */
  connect(): FanOut;
  /**
   * Makes the bus unavailable (e.g. stops the Redis server) and resolves with a function that
   * brings it back. Adapters that can simulate an outage provide it; the outage tests are
   * skipped without it.
   */
  readonly interrupt?: () => Promise<() => Promise<void>>;
  /** Closes every instance and releases the bus; must tolerate instances a test closed. */
  cleanup(): Promise<void>;
}

/** Makes a {@link FanOutFixture}. */
export type MakeFanOutFixture = () => Promise<FanOutFixture>;

/** What a recording listener saw. */
interface Recorder extends FanOutListener {
  readonly messages: { bytes: Uint8Array; from: string }[];
  liveCount: number;
}

const recorder = (): Recorder => {
  const self: Recorder = {
    messages: [],
    liveCount: 0,
    onMessage(message, from) {
      self.messages.push({ bytes: message.slice(), from });
    },
    onLive() {
      self.liveCount++;
    },
  };
  return self;
};

/** Polls until `check` holds; a contract must never sleep for a fixed time. */
async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error(`timed out waiting for ${what}`);
    },
    { timeout: timeoutMs, interval: 5 },
  );
}

/** Subscribes and waits until the subscription is live, so later publishes must arrive. */
async function liveSubscription(fanOut: FanOut, doc: string): Promise<Recorder & { unsubscribe: () => void }> {
  const listener = recorder();
  const unsubscribe = fanOut.subscribe(doc, listener);
  await until(() => listener.liveCount > 0, `subscription to ${doc} to go live`);
  return Object.assign(listener, { unsubscribe });
}

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

/**
 * The behaviour every {@link FanOut} adapter must have, as a vitest suite. Call it at the top
 * level of an adapter's test file.
 */
export function fanOutContract(adapterName: string, makeFixture: MakeFanOutFixture): void {
  describe(`FanOut contract: ${adapterName}`, () => {
    let fixture: FanOutFixture;
    beforeEach(async () => {
      fixture = await makeFixture();
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('goes live after subscribe and delivers another instance\'s message byte for byte', async () => {
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const received = await liveSubscription(beta, 'doc');
      expect(beta.status).toBe('live');
      await until(() => alpha.status === 'live', 'publisher to be live');
      const payload = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
      alpha.publish('doc', payload);
      await until(() => received.messages.length === 1, 'the message');
      expect([...received.messages[0]!.bytes]).toEqual([...payload]);
    });

    it('never delivers an instance its own publishes', async () => {
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const atAlpha = await liveSubscription(alpha, 'doc');
      const atBeta = await liveSubscription(beta, 'doc');
      alpha.publish('doc', bytes(1));
      await until(() => atBeta.messages.length === 1, 'beta to receive alpha\'s message');
      // Published after alpha's message was delivered, so delivered to alpha after it too.
      beta.publish('doc', bytes(2));
      await until(() => atAlpha.messages.length >= 1, 'alpha to receive beta\'s message');
      expect(atAlpha.messages.map((m) => [...m.bytes])).toEqual([[2]]);
      expect(atBeta.messages.map((m) => [...m.bytes])).toEqual([[1]]);
    });

    it('names the publisher: the same `from` for one instance, different ones for two', async () => {
      const [alpha, beta, gamma] = [fixture.connect(), fixture.connect(), fixture.connect()];
      const received = await liveSubscription(gamma, 'doc');
      await until(() => alpha.status === 'live' && beta.status === 'live', 'publishers');
      alpha.publish('doc', bytes(1));
      alpha.publish('doc', bytes(2));
      await until(() => received.messages.length === 2, 'alpha\'s messages');
      beta.publish('doc', bytes(3));
      await until(() => received.messages.length === 3, 'beta\'s message');
      const [first, second, third] = received.messages.map((m) => m.from);
      expect(first).toBe(second);
      expect(third).not.toBe(first);
      expect(first).toBeTruthy();
    });

    it('keeps one publisher\'s order', async () => {
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const received = await liveSubscription(beta, 'doc');
      await until(() => alpha.status === 'live', 'publisher');
      for (let i = 0; i < 300; i++) alpha.publish('doc', bytes(i % 256, i >> 8));
      await until(() => received.messages.length === 300, 'every message');
      expect(received.messages.map((m) => m.bytes[0]! + (m.bytes[1]! << 8))).toEqual(Array.from({ length: 300 }, (_, i) => i));
    });

    it('keeps documents apart', async () => {
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const one = await liveSubscription(beta, 'one');
      const two = await liveSubscription(beta, 'two');
      await until(() => alpha.status === 'live', 'publisher');
      alpha.publish('one', bytes(1));
      alpha.publish('two', bytes(2));
      alpha.publish('three', bytes(3));
      await until(() => one.messages.length === 1 && two.messages.length === 1, 'both messages');
      expect([...one.messages[0]!.bytes]).toEqual([1]);
      expect([...two.messages[0]!.bytes]).toEqual([2]);
    });

    it('carries a 1 MiB message intact', async () => {
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const received = await liveSubscription(beta, 'big');
      await until(() => alpha.status === 'live', 'publisher');
      let seed = 7;
      const payload = Uint8Array.from({ length: 1 << 20 }, () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24);
      alpha.publish('big', payload);
      await until(() => received.messages.length === 1, 'the big message');
      const got = received.messages[0]!.bytes;
      expect(got.length).toBe(payload.length);
      expect(got.findIndex((value, i) => value !== payload[i])).toBe(-1);
    });

    it('unsubscribe stops one listener; others on the same document keep receiving', async () => {
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const kept = await liveSubscription(beta, 'doc');
      const dropped = await liveSubscription(beta, 'doc');
      await until(() => alpha.status === 'live', 'publisher');
      alpha.publish('doc', bytes(1));
      await until(() => kept.messages.length === 1 && dropped.messages.length === 1, 'both listeners');
      dropped.unsubscribe();
      alpha.publish('doc', bytes(2));
      await until(() => kept.messages.length === 2, 'the kept listener');
      expect(dropped.messages).toHaveLength(1);
      kept.unsubscribe();
      // Subscribing again after the last listener left works (the channel is re-subscribed).
      const again = await liveSubscription(beta, 'doc');
      alpha.publish('doc', bytes(3));
      await until(() => again.messages.length === 1, 'the new listener');
      expect(kept.messages).toHaveLength(2);
    });

    it('close is idempotent; a closed instance is not live and publish does not throw', async () => {
      const alpha = fixture.connect();
      await liveSubscription(alpha, 'doc');
      await alpha.close();
      await alpha.close();
      expect(alpha.status).not.toBe('live');
      expect(() => alpha.publish('doc', bytes(1))).not.toThrow();
    });

    it('outage: not live and publish does not throw while down; live again (onLive) and delivering after', async (context) => {
      if (!fixture.interrupt) return context.skip();
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      const atAlpha = await liveSubscription(alpha, 'doc');
      const atBeta = await liveSubscription(beta, 'doc');
      const resume = await fixture.interrupt();
      await until(() => alpha.status !== 'live' && beta.status !== 'live', 'instances to notice the outage');
      expect(() => alpha.publish('doc', bytes(9))).not.toThrow();
      await resume();
      await until(() => atAlpha.liveCount >= 2 && atBeta.liveCount >= 2, 'onLive after the outage', 15_000);
      expect(alpha.status).toBe('live');
      alpha.publish('doc', bytes(1));
      beta.publish('doc', bytes(2));
      await until(() => atAlpha.messages.some((m) => m.bytes[0] === 2) && atBeta.messages.some((m) => m.bytes[0] === 1), 'messages after the outage');
    });

    it('outage: a subscription made while down goes live once the bus is back', async (context) => {
      if (!fixture.interrupt) return context.skip();
      const [alpha, beta] = [fixture.connect(), fixture.connect()];
      await liveSubscription(alpha, 'warm');
      await until(() => beta.status === 'live', 'beta');
      const resume = await fixture.interrupt();
      await until(() => alpha.status !== 'live', 'alpha to notice the outage');
      const late = recorder();
      alpha.subscribe('late', late);
      await resume();
      await until(() => late.liveCount >= 1, 'the late subscription to go live', 15_000);
      await until(() => beta.status === 'live', 'beta to be back', 15_000);
      beta.publish('late', bytes(5));
      await until(() => late.messages.length === 1, 'a message on the late subscription');
    });
  });
}
