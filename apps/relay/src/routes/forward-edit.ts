import * as Y from 'yjs';
import { BadMessageError, DocumentDeletedError, RelayError, type Relay, type DocStore } from '@tandem/relay-core';
import { loadStoredDoc } from './stored-doc';

/** What a forward edit reports back. */
export interface ForwardEditResult {
  /** False when the document had never been stored (the edit created it). */
  readonly existed: boolean;
}

/**
 * Changes a document the way an editor would: `edit` runs on a copy of the stored state, and
 * only what it changed is applied, as one update, through `relay.applyServerUpdate` (durable,
 * then sent to every connected client). Nothing is rewound or rewritten, concurrent edits
 * survive, and clients can undo it like any remote change.
 */
export async function applyForwardEdit(
  deps: { readonly relay: Relay; readonly store: DocStore },
  name: string,
  origin: { readonly action: string; readonly userId: string | null },
  edit: (doc: Y.Doc) => void,
): Promise<ForwardEditResult> {
  const stored = await loadStoredDoc(deps.store, name);
  const doc = stored ?? new Y.Doc();
  try {
    const before = Y.encodeStateVector(doc);
    edit(doc);
    const update = Y.encodeStateAsUpdate(doc, before);
    await deps.relay.applyServerUpdate(name, update, { kind: 'server', ...origin });
    return { existed: stored !== null };
  } finally {
    doc.destroy();
  }
}

/**
 * Applies a Yjs update as it is (validated by the relay core: one that does not decode is
 * refused with BadMessageError before anything is stored).
 */
export async function applyRawUpdate(
  deps: { readonly relay: Relay; readonly store: DocStore },
  name: string,
  origin: { readonly action: string; readonly userId: string | null },
  update: Uint8Array,
): Promise<ForwardEditResult> {
  const existed = (await deps.store.load(name)) !== null;
  await deps.relay.applyServerUpdate(name, update, { kind: 'server', ...origin });
  return { existed };
}

/** The HTTP status and message for a refusal from the relay core. */
export function relayRefusal(error: unknown): { status: 400 | 409 | 503; message: string } | null {
  if (error instanceof BadMessageError) return { status: 400, message: `not a valid Yjs V1 update: ${error.message}` };
  if (error instanceof DocumentDeletedError) return { status: 409, message: 'the document is being deleted' };
  if (error instanceof RelayError) return { status: 503, message: `try again later: ${error.message}` };
  return null;
}
