import * as Y from 'yjs';
import { readTitle } from '@tandem/doc-convert/content';
import type { DocStore } from '@tandem/relay-core';
import { createScratchDoc } from '@tandem/relay-core';

/** A document's listing entry, as the API returns it. */
export interface DocMeta {
  readonly name: string;
  readonly title: string | null;
  readonly sizeBytes: number;
  readonly updatedAt: number;
}

/**
 * Reads a stored document into a scratch `Y.Doc`, or null when it was never stored. Every update
 * anyone has seen is already in the store (appends are durable before they are broadcast), so
 * this is the live state without touching the room. The caller owns (and destroys) the doc.
 */
export async function loadStoredDoc(store: DocStore, name: string): Promise<Y.Doc | null> {
  const stored = await store.load(name);
  if (!stored) return null;
  const doc = createScratchDoc();
  doc.transact(() => {
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** The metadata of a stored document, or null. */
export async function readDocMeta(store: DocStore, name: string): Promise<DocMeta | null> {
  // The DocStore port has no single-document summary yet: find it in the listing.
  const summary = (await store.list()).find((entry) => entry.name === name);
  if (!summary) return null;
  const doc = await loadStoredDoc(store, name);
  try {
    const title = doc ? readTitle(doc).trim() : '';
    return { name, title: title || null, sizeBytes: summary.sizeBytes, updatedAt: summary.updatedAt };
  } finally {
    doc?.destroy();
  }
}
