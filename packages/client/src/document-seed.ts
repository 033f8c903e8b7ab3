import * as Y from 'yjs';

/** The shared type TipTap's Collaboration extension binds (its default `field`). */
export const BODY_FIELD = 'default';
/** The shared text holding the document title; the relay reads it for the listing. */
export const TITLE_FIELD = 'title';

/**
 * Client ID that authors the seed. Every tab builds the seed with this ID and the same
 * operations, so every tab produces byte-identical structs, and Yjs keeps one copy however
 * many tabs apply it. Change the content only together with this ID (a new seed version):
 * different content under the same IDs would corrupt documents seeded by the old version.
 */
export const SEED_CLIENT_ID = 0x7a5e_ed01;

/** Transaction origin of the seed, so listeners can tell it from typing. */
export const SEED_ORIGIN = 'tandem-seed';

/** The initial content of a new document: one empty paragraph, as a Yjs update. */
export function createSeedUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED_CLIENT_ID;
  doc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('paragraph')]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * Gives an empty document its initial content. Call it once local storage has loaded and the
 * relay had its chance to answer, so an existing document is never seeded. If two tabs seed
 * the same new document at the same moment, both apply identical structs and the merge holds
 * one paragraph, not two — the duplicated-content bug of apps that seed with `setContent`.
 */
export function ensureSeed(doc: Y.Doc, seed: Uint8Array = createSeedUpdate()): boolean {
  if (doc.getXmlFragment(BODY_FIELD).length > 0) return false;
  Y.applyUpdate(doc, seed, SEED_ORIGIN);
  return true;
}
