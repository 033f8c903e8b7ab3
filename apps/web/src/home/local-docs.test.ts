import { describe, expect, it } from 'vitest';
import { forgetLocalDoc, readLocalDocs, refreshLocalDocs, rememberLocalDoc, type LocalDocStorage } from './local-docs';

function memoryStorage(): LocalDocStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('local document record', () => {
  it('remembers documents, newest first, one entry per name', () => {
    const storage = memoryStorage();
    rememberLocalDoc({ name: 'a', title: 'Plan', updatedAt: 1, isOnRelay: false }, storage);
    rememberLocalDoc({ name: 'b', title: null, updatedAt: 3, isOnRelay: true }, storage);
    rememberLocalDoc({ name: 'a', title: 'Plan v2', updatedAt: 5, isOnRelay: false }, storage);
    expect(readLocalDocs(storage)).toEqual([
      { name: 'a', title: 'Plan v2', updatedAt: 5, isOnRelay: false },
      { name: 'b', title: null, updatedAt: 3, isOnRelay: true },
    ]);
  });

  it('keeps "on the relay" once known, and forgets on request', () => {
    const storage = memoryStorage();
    rememberLocalDoc({ name: 'a', title: 'Plan', updatedAt: 1, isOnRelay: true }, storage);
    rememberLocalDoc({ name: 'a', title: 'Plan', updatedAt: 2, isOnRelay: false }, storage);
    expect(readLocalDocs(storage)[0]?.isOnRelay).toBe(true);
    forgetLocalDoc('a', storage);
    expect(readLocalDocs(storage)).toEqual([]);
  });

  it('survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem('tandem:local-docs', '{not json');
    expect(readLocalDocs(storage)).toEqual([]);
    storage.setItem('tandem:local-docs', JSON.stringify([{ name: 1 }, null, { name: 'x', updatedAt: 2, title: '  ' }]));
    expect(readLocalDocs(storage)).toEqual([{ name: 'x', title: null, updatedAt: 2, isOnRelay: false }]);
  });

  it('takes titles from the relay, marks listed documents, forgets deleted ones only from a complete listing', () => {
    const storage = memoryStorage();
    rememberLocalDoc({ name: 'renamed', title: 'Old', updatedAt: 1, isOnRelay: false }, storage);
    rememberLocalDoc({ name: 'deleted', title: 'Gone', updatedAt: 1, isOnRelay: true }, storage);
    rememberLocalDoc({ name: 'offline-only', title: 'Draft', updatedAt: 1, isOnRelay: false }, storage);
    const remote = [{ name: 'renamed', title: 'New', updatedAt: 9, sizeBytes: 10 }];

    refreshLocalDocs(remote, false, storage);
    expect(readLocalDocs(storage).map((d) => d.name).sort()).toEqual(['deleted', 'offline-only', 'renamed']);

    refreshLocalDocs(remote, true, storage);
    expect(readLocalDocs(storage)).toEqual([
      { name: 'renamed', title: 'New', updatedAt: 9, isOnRelay: true },
      { name: 'offline-only', title: 'Draft', updatedAt: 1, isOnRelay: false },
    ]);
  });
});
