import * as Y from 'yjs';
import { markerText } from '../client/edit-marker';
import { loadTrace, type SequentialTrace } from './load-trace';
import { TRACE_TEXT } from './sequential-updates';

/** Marker id appended last to a seed document: a client holding it has the whole document. */
export const SEED_MARKER_ID = 1_000_000;

/** A realistic small document: real typing history, not one big insert. */
export interface SeedDocument {
  /** The whole document as one update. */
  readonly state: Uint8Array;
  readonly textLength: number;
}

/**
 * The first edits of automerge-paper, replayed one edit per transaction until the encoded
 * state reaches `targetBytes` (≈10 KB: ~4,000 characters with their editing history), then
 * the seed marker.
 */
export function seedDocument(tracesDir: string, targetBytes: number): SeedDocument {
  const trace = loadTrace<SequentialTrace>(tracesDir, 'automerge-paper.json.gz');
  const doc = new Y.Doc();
  doc.clientID = 7;
  const text = doc.getText(TRACE_TEXT);
  const checkEvery = 100;
  for (let i = 0; i < trace.txns.length; i++) {
    doc.transact(() => {
      for (const [position, deleteCount, insert] of trace.txns[i]!.patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insert) text.insert(position, insert);
      }
    });
    if (i % checkEvery === 0 && Y.encodeStateAsUpdate(doc).length >= targetBytes) break;
  }
  text.insert(text.length, markerText(SEED_MARKER_ID));
  return { state: Y.encodeStateAsUpdate(doc), textLength: text.length };
}
