import * as Y from 'yjs';
import { BODY_FIELD, TITLE_FIELD } from '@tandem/client';

/**
 * Whether a document holds nothing a person wrote: no title and no text in its body (an
 * empty paragraph, the editor's starting point, counts as nothing). Such documents are not
 * listed as stored in this browser, and a new one starts with the caret in its title.
 */
export function isDocBlank(doc: Y.Doc): boolean {
  if (doc.getText(TITLE_FIELD).length > 0) return false;
  const body = doc.getXmlFragment(BODY_FIELD);
  return body.toArray().every((node) => isBlankNode(node)) && body.length <= 1;
}

function isBlankNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  if (node instanceof Y.XmlText) return node.length === 0;
  if (node instanceof Y.XmlElement) return node.nodeName === 'paragraph' && node.toArray().every((child) => isBlankNode(child));
  return false;
}
