import * as Y from 'yjs';
import type { SequentialTrace } from './load-trace';

/** A sequential trace turned into Yjs updates, one per edit. */
export interface SequentialUpdates {
  readonly updates: readonly Uint8Array[];
  readonly finalText: string;
  /** The document's state after every edit, as one update. */
  readonly finalState: Uint8Array;
}

/** Name of the Y.Text the traces are replayed into. */
export const TRACE_TEXT = 'text';

/**
 * Replays the first `edits` edits of `trace` (all by default) on a Y.Doc, capturing one update
 * per edit, the way an editor sends them while someone types.
 */
export function sequentialUpdates(trace: SequentialTrace, edits: number = trace.txns.length): SequentialUpdates {
  const doc = new Y.Doc();
  const text = doc.getText(TRACE_TEXT);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  if (trace.startContent) text.insert(0, trace.startContent);
  const count = Math.min(edits, trace.txns.length);
  for (let i = 0; i < count; i++) {
    const patches = trace.txns[i]!.patches;
    doc.transact(() => {
      for (const [position, deleteCount, insert] of patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insert) text.insert(position, insert);
      }
    });
  }
  const finalText = text.toString();
  if (count === trace.txns.length && finalText !== trace.endContent) throw new Error('replayed trace does not match endContent');
  return { updates, finalText, finalState: Y.encodeStateAsUpdate(doc) };
}
