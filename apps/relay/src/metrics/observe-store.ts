import type { DocStore } from '@tandem/relay-core';
import { delegate } from './delegate';
import type { DeliveryTracker } from './delivery-tracker';
import type { StoreOperation } from './label-values';
import type { RelayMetrics } from './relay-metrics';

/** Seconds elapsed since `start` (a `performance.now()` reading). */
const secondsSince = (start: number): number => (performance.now() - start) / 1_000;

/**
 * Wraps a DocStore so loads, durable appends and compactions are timed, version snapshots
 * counted, and failures counted
 * by operation. Results and errors pass through unchanged, and each call reaches the store
 * in the same turn (appends keep their call order).
 */
export function observeStore(store: DocStore, metrics: RelayMetrics, delivery: DeliveryTracker): DocStore {
  const counted = async <T>(operation: StoreOperation, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      metrics.storeErrors.inc({ operation });
      throw error;
    }
  };
  const timed = async <T>(operation: StoreOperation, histogram: { observe(seconds: number): void }, call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await counted(operation, call);
    histogram.observe(secondsSince(start));
    return result;
  };
  return delegate(store, {
    load: (doc) => timed('load', metrics.storeLoadSeconds, () => store.load(doc)),
    async append(doc, update) {
      delivery.accepted(doc, update);
      const result = await timed('append', metrics.storeAppendSeconds, () => store.append(doc, update));
      metrics.storeAppendedBytes.inc(update.byteLength);
      return result;
    },
    compact: (doc, snapshot, throughSeq) => timed('compact', metrics.compactionSeconds, () => store.compact(doc, snapshot, throughSeq)),
    list: () => counted('list', () => store.list()),
    remove: (doc) => counted('remove', () => store.remove(doc)),
    ping: () => counted('ping', () => store.ping()),
    async saveVersion(doc, version) {
      const saved = await counted('save_version', () => store.saveVersion(doc, version));
      // null: the document was deleted meanwhile, nothing was stored.
      if (saved) {
        metrics.versionsSaved.inc({ kind: saved.kind });
        metrics.versionSnapshotBytes.inc(saved.sizeBytes);
      }
      return saved;
    },
  });
}
