import { useLayoutEffect, useMemo, useRef } from 'react';
import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMSerializer, Node as PmNode, type Schema } from '@tiptap/pm/model';
import { createSchemaExtensions } from '@tandem/doc-schema';
import { diffBlocks, hasChanges, type DiffBlock } from './block-diff';
import { diffWords, wrapTextRanges } from './word-diff';

let schema: Schema | null = null;
/** The editor's schema (built once): the preview shows exactly what the editor would. */
function editorSchema(): Schema {
  schema ??= getSchema(createSchemaExtensions());
  return schema;
}

const BLOCK_LABELS: Record<Exclude<DiffBlock['kind'], 'equal'>, string> = {
  'version-only': 'In this version, not in the current document',
  'current-only': 'In the current document, not in this version',
};

/**
 * A version, read-only, rendered with the editor's schema, with what differs from the current
 * document highlighted: blocks only the version has are marked, and the current document's
 * blocks that restoring would remove are shown struck through in their place.
 */
export function VersionPreview({ title, currentTitle, body, current }: { title: string; currentTitle: string; body: JSONContent; current: JSONContent }) {
  const blocks = useMemo(() => diffBlocks(body, current), [body, current]);
  const isTitleChanged = title !== currentTitle;
  const changed = hasChanges(blocks) || isTitleChanged;
  return (
    <div className="version-preview" data-version-preview={changed ? 'changed' : 'same'}>
      <p className="version-preview__legend muted">
        {changed ? (
          <>
            <mark className="diff-swatch diff-swatch--version">Highlighted</mark>: in this version, not now.{' '}
            <del className="diff-swatch diff-swatch--current">Struck through</del>: in the current document, not in this version.
          </>
        ) : (
          'This version is the same as the current document.'
        )}
      </p>
      <h1 className="version-preview__title">
        {isTitleChanged ? (
          <>
            {title && <mark className="diff-inline diff-inline--version" data-diff="version-only">{title}</mark>}{' '}
            {currentTitle && <del className="diff-inline diff-inline--current" data-diff="current-only">{currentTitle}</del>}
          </>
        ) : (
          title || 'Untitled'
        )}
      </h1>
      <div className="prose version-preview__body" aria-label="Version content">
        {blocks.map((block, index) => (
          <PreviewBlock key={index} block={block} counterpart={counterpartOf(blocks, index)} />
        ))}
      </div>
    </div>
  );
}

/**
 * For a changed paragraph or heading (the version's block right before the current one that
 * replaced it, same type, text only), the other side's text: then only the words that changed
 * are marked inside the block.
 */
function counterpartOf(blocks: readonly DiffBlock[], index: number): string | null {
  const block = blocks[index];
  const other = block?.kind === 'version-only' ? blocks[index + 1] : block?.kind === 'current-only' ? blocks[index - 1] : undefined;
  if (!block || !other || other.kind === 'equal' || other.kind === block.kind) return null;
  if (other.block.type !== block.block.type || !isTextOnly(block.block) || !isTextOnly(other.block)) return null;
  return plainText(other.block);
}

function isTextOnly(json: JSONContent): boolean {
  return (json.content ?? []).every((child) => child.type === 'text' || child.type === 'hardBreak');
}

/** One top-level block, turned into DOM by the schema's own `toDOM` (as the editor renders it). */
function PreviewBlock({ block, counterpart }: { block: DiffBlock; counterpart: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = ref.current;
    if (!host) return;
    const nodes = toDom(block.block);
    host.replaceChildren(nodes);
    // Read-only: a task's checkbox must not look clickable.
    host.querySelectorAll('input').forEach((input) => (input.disabled = true));
    if (counterpart !== null) {
      const own = plainText(block.block);
      const words = block.kind === 'version-only' ? diffWords(own, counterpart).before : diffWords(counterpart, own).after;
      wrapTextRanges(host, words, () => {
        const mark = document.createElement('span');
        mark.className = 'diff-word';
        return mark;
      });
    }
  }, [block, counterpart]);
  if (block.kind === 'equal') return <div ref={ref} className="diff-block" />;
  return <div ref={ref} className={`diff-block diff-block--${block.kind}`} data-diff={block.kind} title={BLOCK_LABELS[block.kind]} />;
}

function toDom(json: JSONContent): DocumentFragment | globalThis.Node {
  try {
    const node = PmNode.fromJSON(editorSchema(), json);
    return DOMSerializer.fromSchema(editorSchema()).serializeNode(node);
  } catch {
    // A block this editor does not know (a newer schema): show its text rather than nothing.
    const paragraph = document.createElement('p');
    paragraph.textContent = plainText(json);
    return paragraph;
  }
}

function plainText(json: JSONContent): string {
  return (json.text ?? '') + (json.content ?? []).map(plainText).join('');
}
