import * as Y from 'yjs';
import { loadTrace, type SequentialTrace } from './load-trace';
import { TRACE_TEXT } from './sequential-updates';

/** A document after the first `edits` edits of a trace, as one update, with its text. */
export interface DocumentState {
  readonly edits: number;
  readonly state: Uint8Array;
  readonly text: string;
}

// Replaying 260k edits takes seconds: one replay per process serves every size and relay.
const cache = new Map<string, DocumentState>();

/**
 * The automerge-paper document after each of `editCounts` edits (prefixes of one replay, one
 * transaction per edit, Yjs client ID 1), as the relay would hold it once compacted.
 */
export function automergePaperStates(tracesDir: string, editCounts: readonly number[]): DocumentState[] {
  const missing = editCounts.filter((edits) => !cache.has(key(tracesDir, edits)));
  if (missing.length > 0) {
    const trace = loadTrace<SequentialTrace>(tracesDir, 'automerge-paper.json.gz');
    const doc = new Y.Doc();
    doc.clientID = 1;
    const text = doc.getText(TRACE_TEXT);
    if (trace.startContent) text.insert(0, trace.startContent);
    const stops = new Set(missing.map((edits) => Math.min(edits, trace.txns.length)));
    const last = Math.max(...stops);
    for (let i = 0; i < last; i++) {
      doc.transact(() => {
        for (const [position, deleteCount, insert] of trace.txns[i]!.patches) {
          if (deleteCount > 0) text.delete(position, deleteCount);
          if (insert) text.insert(position, insert);
        }
      });
      if (stops.has(i + 1)) {
        for (const edits of missing) {
          if (Math.min(edits, trace.txns.length) === i + 1) cache.set(key(tracesDir, edits), { edits, state: Y.encodeStateAsUpdate(doc), text: text.toString() });
        }
      }
    }
    doc.destroy();
  }
  return editCounts.map((edits) => cache.get(key(tracesDir, edits))!);
}

function key(tracesDir: string, edits: number): string {
  return `${tracesDir}#${edits}`;
}
