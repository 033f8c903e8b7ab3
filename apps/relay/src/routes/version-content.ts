import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import * as Y from 'yjs';
import { readBody, readTitle, type DocConverter } from '@tandem/doc-convert/content';
import { createScratchDoc } from '@tandem/relay-core';

/** One stretch of a text diff: unchanged, only in the newer text, or only in the older one. */
export interface TextChange {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/**
 * A diff may take long (Myers is O(N·D)): past this, the relay gives up rather than block its
 * event loop, and reports the whole text as replaced.
 */
const DIFF_TIMEOUT_MS = 1_000;

/**
 * A run of changed blocks longer than this (both sides together) is shown block by block, not
 * word by word: a word diff of a rewritten chapter costs seconds and says little more.
 */
const MAX_WORD_DIFF_CHARS = 8_000;

/** A scratch `Y.Doc` holding a version's snapshot; the caller destroys it. */
export function docFromSnapshot(snapshot: Uint8Array): Y.Doc {
  const doc = createScratchDoc();
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
 * Word-level diff of `before` → `after`, in two passes as `git diff --word-diff` does: blocks
 * (lines) first, which is fast on a long document whose edits touch a few places, then words
 * within each run of changed blocks (jsdiff's `diffWordsWithSpace`: words, punctuation,
 * newlines and runs of spaces are tokens) unless the run is longer than MAX_WORD_DIFF_CHARS. So the `equal` and `delete` texts spell `before`
 * exactly and the `equal` and `insert` texts spell `after`, which lets a reader place each
 * change. Adjacent changes of one kind are merged.
 */
export function diffTexts(before: string, after: string): TextChange[] {
  const deadline = Date.now() + DIFF_TIMEOUT_MS;
  const lines = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!lines) return replaced(before, after);
  const changes: TextChange[] = [];
  const push = (kind: TextChange['kind'], text: string): void => {
    const last = changes.at(-1);
    if (!text) return;
    if (last?.kind === kind) changes[changes.length - 1] = { kind, text: last.text + text };
    else changes.push({ kind, text });
  };
  let removed = '';
  let added = '';
  const refine = (): void => {
    if (removed && added && removed.length + added.length <= MAX_WORD_DIFF_CHARS) {
      const words = diffWordsWithSpace(removed, added, { timeout: Math.max(1, deadline - Date.now()) });
      for (const part of words ?? replacedParts(removed, added)) push(kindOf(part), part.value);
    } else {
      push('delete', removed);
      push('insert', added);
    }
    removed = added = '';
  };
  for (const part of lines) {
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else {
      refine();
      push('equal', part.value);
    }
  }
  refine();
  return changes;
}

function kindOf(part: ChangeObject<string>): TextChange['kind'] {
  return part.added ? 'insert' : part.removed ? 'delete' : 'equal';
}

function replacedParts(before: string, after: string): ChangeObject<string>[] {
  return [
    { value: before, added: false, removed: true, count: 1 },
    { value: after, added: true, removed: false, count: 1 },
  ];
}

function replaced(before: string, after: string): TextChange[] {
  return [...(before ? [{ kind: 'delete', text: before } as const] : []), ...(after ? [{ kind: 'insert', text: after } as const] : [])];
}
