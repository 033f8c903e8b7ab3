import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTitle, writeTitle } from './title-text';

describe('title text', () => {
  it.each([
    ['', 'Plan'],
    ['Plan', 'Plan B'],
    ['Quarterly plan', 'Yearly plan'],
    ['aaa', 'aa'],
    ['Plan', ''],
    ['same', 'same'],
  ])('rewrites %j as %j with one splice', (before, after) => {
    const doc = new Y.Doc();
    writeTitle(doc, before);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writeTitle(doc, after);
    expect(readTitle(doc)).toBe(after);
    expect(updates.length).toBe(before === after ? 0 : 1);
  });

  it('keeps a concurrent insertion at the end of the unchanged prefix', () => {
    const server = new Y.Doc();
    writeTitle(server, 'Draft notes');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    client.getText('title').insert(5, '!');
    const before = Y.encodeStateVector(server);
    writeTitle(server, 'Draft minutes');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, before));
    expect(readTitle(client)).toBe('Draft! minutes');
  });
});
