import { afterEach, describe, expect, it } from 'vitest';
import { startTestRelay, synced, waitFor, type TestRelay } from './harness';

let relay: TestRelay;
afterEach(async () => {
  await relay?.stop();
});

// Slow (40 s of real time, on purpose): lib0 and y-protocols read the real Date.now, so a fake
// clock cannot show a stock provider's 30 s "nothing received" watchdog firing. The watchdog
// checks every 3 s, so a relay that lets a lone editor's socket go silent fails by ~33 s
// (before the fix: "lost its socket after 32906 ms").
describe('a lone idle editor (slow: real time)', () => {
  it('one stock provider idle for 40 s keeps one socket', async () => {
    relay = await startTestRelay({ isStock: true });
    const provider = relay.provider('alone');
    const events: string[] = [];
    provider.on('status', ({ status }: { status: string }) => events.push(status));
    provider.on('connection-close', (event: { code: number; reason: string } | null) => events.push(`close ${event ? event.code : 'by the client watchdog'}`));
    await synced(provider);
    expect(events).toEqual(['connected']);
    const startedAt = Date.now();
    let maxSessions = 0;
    await waitFor(
      () => {
        maxSessions = Math.max(maxSessions, relay.server.relay.stats().sessions);
        if (events.length > 1) throw new Error(`the idle provider lost its socket after ${Date.now() - startedAt} ms: ${events.join(', ')}`);
        return Date.now() - startedAt >= 40_000;
      },
      45_000,
      '40 s of idling',
    );
    expect(events).toEqual(['connected']);
    expect(maxSessions).toBe(1);
    expect(relay.server.relay.stats().sessions).toBe(1);
  }, 60_000);
});
