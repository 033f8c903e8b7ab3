import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';

/**
 * This device's copy of one document (IndexedDB in the browser), which lets a document open
 * and be edited without a connection.
 *
 * A copy is only a safe base for editing once it is *known*: it has been in step with the
 * relay at least once, or the document was created here. Before that an empty copy means
 * "not loaded yet", not "empty document" — presenting it as editable is how typed text got
 * lost or glued onto the stored document when the connection came back.
 */
export interface LocalCopy {
  /** Settles once what this device stored is applied to the document (never rejects). */
  readonly whenLoaded: Promise<void>;
  /** Transaction origin of the updates it applies (they are not local edits). */
  readonly origin: unknown;
  /** Whether the stored copy is known (see above). */
  isKnown(): Promise<boolean>;
  /** Records that the copy is known: it has synced with the relay, or holds an edit made here. */
  markKnown(): void;
  /** Deletes the stored copy and stops storing (the document was deleted, or writes were refused). */
  clear(): void;
  /** Stops storing; keeps what is stored. */
  destroy(): void;
}

/** Opens the local copy of document `docName` for `doc`. */
export type LocalCopyFactory = (docName: string, doc: Y.Doc) => LocalCopy;

/** Key of the "known" marker, stored beside the updates so both vanish together. */
const KNOWN_KEY = 'tandem:known';

/**
 * The browser's local copy: y-indexeddb's database `tandem:<doc>`, with the "known" marker in
 * its custom store — clearing site data removes marker and content at once, so a marker can
 * never vouch for content that is gone.
 */
export const indexedDbLocalCopy: LocalCopyFactory = (docName, doc) => {
  const persistence = new IndexeddbPersistence(`tandem:${docName}`, doc);
  let isKnownMarked = false;
  return {
    whenLoaded: persistence.whenSynced.then(
      () => undefined,
      () => undefined,
    ),
    origin: persistence,
    isKnown: () =>
      persistence.get(KNOWN_KEY).then(
        (value) => value !== undefined,
        () => false,
      ),
    markKnown() {
      if (isKnownMarked) return;
      isKnownMarked = true;
      persistence.set(KNOWN_KEY, Date.now()).catch(() => undefined);
    },
    clear() {
      persistence.clearData().catch(() => undefined);
    },
    destroy() {
      void persistence.destroy();
    },
  };
};
