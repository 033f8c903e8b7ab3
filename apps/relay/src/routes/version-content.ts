import { diffWordsWithSpace } from 'diff';
import * as Y from 'yjs';
import { readBody, readTitle, type DocConverter } from '@tandem/doc-convert';

/** One stretch of a text diff: unchanged, only in the newer text, or only in the older one. */
export interface TextChange {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/**
 * A diff on a large document may take long (Myers is O(N·D)): past this, the relay gives up
 * rather than block its event loop, and reports the whole text as replaced.
 */
const DIFF_TIMEOUT_MS = 2_000;

/** A scratch `Y.Doc` holding a version's snapshot; the caller destroys it. */
export function docFromSnapshot(snapshot: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  return doc;
}

/**
 * The body as the text a diff compares: the editor's own plain-text rendering (TipTap's
 * `getText` with the schema's text serializers), one line per block.
 */
export function diffText(doc: Y.Doc, converter: DocConverter): string {
  return converter.toText(readBody(doc, converter.schema), '\n');
}

/** The ProseMirror JSON of the body, with the document's `title` beside it. */
export function versionJson(doc: Y.Doc, converter: DocConverter): Record<string, unknown> {
  return { ...converter.toJson(readBody(doc, converter.schema)), title: readTitle(doc) };
}

/**
 * Word-level diff of `before` → `after` (jsdiff's `diffWordsWithSpace`: words, punctuation,
 * newlines and runs of spaces are tokens, so the `equal` and `delete` texts spell `before`
 * exactly and the `equal` and `insert` texts spell `after`, which lets a reader place each
 * change). Adjacent changes of one kind are merged.
 */
export function diffTexts(before: string, after: string): TextChange[] {
  const parts = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!parts) return [...(before ? [{ kind: 'delete', text: before } as const] : []), ...(after ? [{ kind: 'insert', text: after } as const] : [])];
  const changes: TextChange[] = [];
  for (const part of parts) {
    const kind = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = changes.at(-1);
    if (last?.kind === kind) changes[changes.length - 1] = { kind, text: last.text + part.value };
    else if (part.value) changes.push({ kind, text: part.value });
  }
  return changes;
}
