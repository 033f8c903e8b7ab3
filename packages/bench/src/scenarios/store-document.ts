import * as Y from 'yjs';
import { BenchClient } from '../client/bench-client';
import type { Dialect } from '../client/dialect';
import type { RelayProcess } from '../relays/relay-process';
import { pollUntil } from './wait';

/**
 * Stores `state` (a whole document as one update) under `doc` and checks that a fresh client
 * gets back a text equal to `expectedText` before returning, so the relay has really kept it
 * (Hocuspocus stores when the last client leaves; y-websocket-server writes after broadcasting).
 */
export async function storeDocument(
  relay: RelayProcess,
  dialect: Dialect,
  doc: string,
  state: Uint8Array,
  check: { textName: string; expectedText: string; timeoutMs: number },
): Promise<void> {
  const endpoint = { baseUrl: relay.baseUrl, doc, dialect };
  const uploader = await BenchClient.connect(endpoint);
  await uploader.synced;
  uploader.sendUpdate(state);
  await pollUntil(() => uploader.bufferedAmount === 0, check.timeoutMs, 1);
  await uploader.close(check.timeoutMs);
  const deadline = performance.now() + check.timeoutMs;
  // A relay may still be writing when the uploader's socket closes: read back until it has it all.
  while (performance.now() < deadline) {
    if (await readsBack(endpoint, check, deadline)) return;
  }
  throw new Error(`relay did not return the stored document ${doc}`);
}

async function readsBack(
  endpoint: { baseUrl: string; doc: string; dialect: Dialect },
  check: { textName: string; expectedText: string },
  deadline: number,
): Promise<boolean> {
  const replica = new Y.Doc();
  const text = replica.getText(check.textName);
  const reader = await BenchClient.connect({ ...endpoint, onSyncPayload: (update) => Y.applyUpdate(replica, update) });
  try {
    return await pollUntil(() => text.length === check.expectedText.length && text.toString() === check.expectedText, Math.min(2_000, Math.max(0, deadline - performance.now())), 5);
  } finally {
    await reader.close();
  }
}
