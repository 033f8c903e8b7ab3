import { describe, expect, it } from 'vitest';
import { cleanName, loadIdentity, PALETTE, randomIdentity, saveIdentity } from './identity';

function memory() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('identity', () => {
  it('makes a friendly two-word name with a palette colour', () => {
    const identity = randomIdentity(() => 0.5);
    expect(identity.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(PALETTE).toContain(identity.color);
  });

  it('remembers the identity across visits', () => {
    const storage = memory();
    expect(loadIdentity(storage)).toBeNull();
    saveIdentity(storage, { name: 'Ada', color: '#1c7ed6' });
    expect(loadIdentity(storage)).toEqual({ name: 'Ada', color: '#1c7ed6' });
  });

  it('ignores stored garbage', () => {
    const storage = memory();
    storage.setItem('tandem:identity', '{"name":"","color":"#fff"}');
    expect(loadIdentity(storage)).toBeNull();
    storage.setItem('tandem:identity', 'not json');
    expect(loadIdentity(storage)).toBeNull();
  });

  it('cleans names: collapses spaces and caps the length', () => {
    expect(cleanName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(100))).toHaveLength(32);
  });
});
