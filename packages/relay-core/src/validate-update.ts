import * as Y from 'yjs';

const EMPTY_V1_UPDATE_BYTES = 2;

/** What a client-sent update turned out to be. */
export type UpdateCheck =
  | { readonly ok: true; readonly isEmpty: boolean }
  | { readonly ok: false; readonly detail: string };

/**
 * Checks that `update` is a well-formed Yjs V1 update before anything stores or forwards it.
 * Only V1 is accepted: crafted V2 updates are known to hang `applyUpdateV2`. An update with no
 * structs and no deletions (what a client sends as sync step 2 when it has nothing new) is
 * valid but empty, and needs neither storage nor broadcast.
 */
export function validateUpdate(update: Uint8Array): UpdateCheck {
  try {
    const decoded = Y.decodeUpdate(update);
    const isEmpty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
    // An empty V1 update is exactly [0, 0]. Anything longer that decodes as empty is trailing
    // garbage Yjs would silently ignore — in practice a V2 update (they start with a 0 byte).
    if (isEmpty && update.byteLength !== EMPTY_V1_UPDATE_BYTES) {
      return { ok: false, detail: 'not a Yjs V1 update (V2 or trailing bytes)' };
    }
    return { ok: true, isEmpty };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
