import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';

/** A sequential editing trace (see shared/traces/README.md). */
interface SequentialTrace {
  readonly endContent: string;
  readonly txns: { readonly patches: [number, number, string][] }[];
}

/** Loads a trace from the shared traces folder (CC BY 4.0, Joseph Gentle's editing-traces). */
export function loadSequentialTrace(name: string): SequentialTrace {
  const path = fileURLToPath(new URL(`../../../../shared/traces/${name}`, import.meta.url));
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as SequentialTrace;
}

/**
 * Replays a trace into a Y.Text, returning one Yjs update per edit and the final doc.
 * `maxTxns` replays only the first transactions (a prefix of a real editing session).
 */
export function traceToUpdates(trace: SequentialTrace, field = 't', maxTxns = Infinity): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const text = doc.getText(field);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const txn of trace.txns.slice(0, maxTxns)) {
    for (const [position, deleteCount, inserted] of txn.patches) {
      if (deleteCount > 0) text.delete(position, deleteCount);
      if (inserted) text.insert(position, inserted);
    }
  }
  return { updates, doc };
}
