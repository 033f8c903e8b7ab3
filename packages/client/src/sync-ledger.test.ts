import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSyncLedger, type SyncLedger } from './sync-ledger';

/** A client doc whose local updates feed a ledger, and a relay doc it may or may not reach. */
function setup() {
  const relay = new Y.Doc();
  const client = new Y.Doc();
  const ledger = createSyncLedger();
  const outbox: Uint8Array[] = [];
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'relay') return;
    ledger.recordLocalUpdate(update);
    outbox.push(update);
  });
  const deliver = () => {
    for (const update of outbox.splice(0)) Y.applyUpdate(relay, update);
  };
  /** The relay's answer to a probe, as y-websocket's sync step 2. */
  const answerProbe = (l: SyncLedger) => {
    const reply = Y.encodeStateAsUpdate(relay, l.probeStateVector(Y.decodeStateVector(Y.encodeStateVector(client))));
    Y.applyUpdate(client, reply, 'relay');
    l.learnServerUpdate(reply);
  };
  return { relay, client, ledger, deliver, answerProbe };
}

describe('sync ledger', () => {
  it('starts with nothing unsynced', () => {
    expect(createSyncLedger().hasUnsyncedChanges).toBe(false);
  });

  it('keeps a local insert unsynced until a probe answer shows the relay holds it', () => {
    const { client, ledger, deliver, answerProbe } = setup();
    client.getText('t').insert(0, 'hello');
    expect(ledger.hasUnsyncedChanges).toBe(true);
    answerProbe(ledger); // not delivered yet: the relay's answer lacks it
    expect(ledger.hasUnsyncedChanges).toBe(true);
    deliver();
    answerProbe(ledger);
    expect(ledger.hasUnsyncedChanges).toBe(false);
  });

  it('tracks deletions, which add no clock, through the relay delete set', () => {
    const { client, ledger, deliver, answerProbe } = setup();
    client.getText('t').insert(0, 'hello world');
    deliver();
    answerProbe(ledger);
    expect(ledger.hasUnsyncedChanges).toBe(false);
    client.getText('t').delete(0, 6);
    expect(ledger.hasUnsyncedChanges).toBe(true);
    answerProbe(ledger);
    expect(ledger.hasUnsyncedChanges).toBe(true);
    deliver();
    answerProbe(ledger);
    expect(ledger.hasUnsyncedChanges).toBe(false);
  });

  it('confirms from the relay state vector sent when a socket opens', () => {
    const { relay, client, ledger, deliver } = setup();
    client.getText('t').insert(0, 'abc');
    deliver();
    ledger.learnServerStateVector(Y.encodeStateVector(relay));
    expect(ledger.hasUnsyncedChanges).toBe(false);
  });

  it('winds the probe vector back only for clients with pending changes', () => {
    const { client, ledger, deliver, answerProbe } = setup();
    client.getText('t').insert(0, 'first');
    deliver();
    answerProbe(ledger);
    client.getText('t').insert(5, ' second');
    const probe = Y.decodeStateVector(ledger.probeStateVector(Y.decodeStateVector(Y.encodeStateVector(client))));
    expect(probe.get(client.clientID)).toBe(5);
  });

  it('carries unconfirmed changes over a reload through the pending update', () => {
    const first = setup();
    first.client.getText('t').insert(0, 'offline edit');
    const reloaded = createSyncLedger(first.ledger.pendingUpdate());
    expect(reloaded.hasUnsyncedChanges).toBe(true);
    first.deliver();
    reloaded.learnServerUpdate(Y.encodeStateAsUpdate(first.relay));
    expect(reloaded.hasUnsyncedChanges).toBe(false);
  });
});
