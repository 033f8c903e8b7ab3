import type { StoredDoc } from '@tandem/relay-core';
import type { Pool } from 'pg';
import type { QueuedAppend } from './append-batcher';
import { inTransaction } from './in-transaction';
import type { Statements } from './statements';

const DEADLOCK_DETECTED = '40P01';
const MAX_DEADLOCK_RETRIES = 3;

/** The multi-statement operations of the store, each one PostgreSQL transaction. */
export interface StoreOperations {
  appendBatch(batch: readonly QueuedAppend[], nowMs: number): Promise<number[]>;
  load(doc: string): Promise<StoredDoc | null>;
  compact(doc: string, snapshot: Uint8Array, throughSeq: number, nowMs: number): Promise<void>;
  remove(doc: string): Promise<boolean>;
}

/**
 * Binds the operations to a pool and a schema's statements. The hot statements are named
 * (prepared once per connection: no parse and plan on every commit). Names are per pool,
 * and a pool serves one schema.
 */
export function createStoreOperations(pool: Pool, sql: Statements): StoreOperations {
  return {
    appendBatch: (batch, nowMs) => appendBatch(pool, sql, batch, nowMs),

    async load(doc) {
      const { rows } = await pool.query<{ last_seq: number; log_count: number; log_bytes: number; data: Buffer | null }>({
        name: 'tandem-load',
        text: sql.load,
        values: [doc],
      });
      const first = rows[0];
      if (!first) return null;
      const updates = rows.flatMap((row) => (row.data ? [new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)] : []));
      return { updates, lastSeq: first.last_seq, logCount: first.log_count, logBytes: first.log_bytes };
    },

    compact: (doc, snapshot, throughSeq, nowMs) =>
      inTransaction(pool, async (client) => {
        // The doc's row lock: appends (which reserve seqs under it), removals and other
        // relays' compactions of this doc wait until COMMIT, so what is measured and deleted
        // below is exactly the committed rows ≤ throughSeq — the ones the caller loaded and merged.
        const { rows } = await client.query<{ last_seq: number; snapshot_seq: number }>({ name: 'tandem-lock-doc', text: sql.lockDoc, values: [doc] });
        const row = rows[0];
        // Removed while the snapshot was being computed: nothing left to replace.
        if (!row) return;
        if (!Number.isSafeInteger(throughSeq) || throughSeq < 1 || throughSeq > row.last_seq) {
          throw new RangeError(`compact "${doc}": throughSeq ${throughSeq} is outside 1..${row.last_seq}`);
        }
        // Another compaction (maybe another relay's) already covered more: nothing to do.
        if (throughSeq < row.snapshot_seq) return;
        const removed = await client.query<{ log_count: number; log_bytes: number; total_bytes: number }>({
          name: 'tandem-delete-through',
          text: sql.deleteThrough,
          values: [doc, throughSeq],
        });
        const measured = removed.rows[0]!;
        // seq = throughSeq is free (just deleted) and sorts before every kept row.
        await client.query({ name: 'tandem-insert-snapshot', text: sql.insertSnapshot, values: [doc, throughSeq, snapshot] });
        await client.query({
          name: 'tandem-record-compaction',
          text: sql.recordCompaction,
          values: [doc, throughSeq, measured.log_count, measured.log_bytes, measured.total_bytes, snapshot.byteLength, nowMs],
        });
      }),

    remove: (doc) =>
      inTransaction(pool, async (client) => {
        // The docs row first: its lock makes a concurrent append either finish before (its
        // rows are then deleted too) or start after, on a fresh document.
        const deleted = await client.query(sql.deleteDoc, [doc]);
        await client.query(sql.deleteUpdates, [doc]);
        return (deleted.rowCount ?? 0) > 0;
      }),
  };
}

/**
 * One statement in autocommit: it resolves after its COMMIT (and, with the default
 * synchronous_commit, after the WAL flush). Documents are upserted in sorted order so two
 * relays' batches lock rows in one order; should PostgreSQL still detect a deadlock, the
 * statement rolled back whole and is retried. Within a document seqs follow call order.
 */
async function appendBatch(pool: Pool, sql: Statements, batch: readonly QueuedAppend[], nowMs: number): Promise<number[]> {
  const indexesByDoc = new Map<string, number[]>();
  batch.forEach((item, index) => {
    const indexes = indexesByDoc.get(item.doc);
    if (indexes) indexes.push(index);
    else indexesByDoc.set(item.doc, [index]);
  });
  const names = [...indexesByDoc.keys()];
  const counts = names.map((doc) => indexesByDoc.get(doc)!.length);
  const bytes = names.map((doc) => indexesByDoc.get(doc)!.reduce((sum, index) => sum + batch[index]!.update.byteLength, 0));
  // Position of each row counted from its document's last row: seq = last_seq - fromEnd.
  const fromEnd = new Array<number>(batch.length);
  for (const indexes of indexesByDoc.values()) indexes.forEach((index, k) => (fromEnd[index] = indexes.length - 1 - k));
  const params = [names, counts, bytes, nowMs, batch.map((item) => item.doc), fromEnd, batch.map((item) => item.update)];
  for (let attempt = 1; ; attempt++) {
    try {
      const { rows } = await pool.query<{ name: string; last_seq: number }>({ name: 'tandem-append-batch', text: sql.appendBatch, values: params });
      const lastSeqs = new Map(rows.map((row) => [row.name, row.last_seq]));
      return batch.map((item, index) => lastSeqs.get(item.doc)! - fromEnd[index]!);
    } catch (error) {
      if (attempt >= MAX_DEADLOCK_RETRIES || (error as { code?: string }).code !== DEADLOCK_DETECTED) throw error;
    }
  }
}
