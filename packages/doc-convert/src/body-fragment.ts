import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { BODY_FIELD } from '@tandem/doc-schema/fields';

/**
 * Reads a document's body (`Y.XmlFragment('default')`) as a ProseMirror document with the
 * binding the editor itself uses (`@tiptap/y-tiptap`), so the relay sees exactly what a
 * browser would show. Nodes the schema does not allow are dropped, as in the editor; that
 * only touches this `Y.Doc`, so pass a scratch copy, never one that is synced anywhere.
 */
export function readBody(doc: Y.Doc, schema: Schema): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schema);
}

/**
 * Makes the body of `doc` equal to `body` with the smallest change the binding finds (it
 * diffs node by node, as when a user edits), in one transaction. Applied to a copy of the
 * stored document, the resulting update is a forward edit: it keeps history and concurrent
 * edits, and undoing it restores the previous content.
 */
export function writeBody(doc: Y.Doc, body: ProseMirrorNode, origin: unknown = null): void {
  doc.transact(() => prosemirrorToYXmlFragment(body, doc.getXmlFragment(BODY_FIELD)), origin);
}
