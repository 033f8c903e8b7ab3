import * as Y from 'yjs';
import type { BenchClientOptions, Transport } from './bench-client';
import type { Dialect } from './dialect';
import type { DeliveryLedger } from './delivery-ledger';
import { scanMarkers } from './edit-marker';

/** Where a client connects. */
export interface Endpoint {
  readonly baseUrl: string;
  readonly doc: string;
  readonly dialect: Dialect;
  readonly transport?: Transport;
}

/**
 * Options for a client that books every marked edit it sees into `ledger` under `key`.
 * With `kept`, it also keeps a copy of every sync payload so convergence can be checked after
 * the measurement (applying updates to a Y.Doc during it would slow the load generator down).
 */
export function observingClient(
  endpoint: Endpoint,
  key: number,
  ledger: DeliveryLedger,
  extra: { kept?: Uint8Array[]; replica?: Y.Doc; awarenessName?: string; isInvisible?: boolean } = {},
): BenchClientOptions {
  const { kept } = extra;
  return {
    ...endpoint,
    ...(extra.replica ? { replica: extra.replica } : {}),
    ...(extra.isInvisible ? {} : { awarenessName: extra.awarenessName ?? `client-${key}` }),
    onSyncPayload(update, receivedAtMs) {
      scanMarkers(update, (id) => ledger.observe(key, id, receivedAtMs));
      kept?.push(update.slice());
    },
  };
}

/** The text a replica built from `payloads` holds (for after-the-fact convergence checks). */
export function textOf(payloads: readonly Uint8Array[], textName: string): string {
  const doc = new Y.Doc();
  for (const payload of payloads) Y.applyUpdate(doc, payload);
  return doc.getText(textName).toString();
}
