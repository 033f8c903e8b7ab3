import { describe, expect, it } from 'vitest';
import { accessTokenFor } from './access-token';

function memory() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}
const at = (search: string) => ({ search, pathname: '/d/plan', hash: '' });

describe('accessTokenFor', () => {
  it('takes the token from the link and remembers it for that document', () => {
    const storage = memory();
    const urls: string[] = [];
    expect(accessTokenFor('plan', at('?token=abc'), storage, (u) => urls.push(u))).toBe('abc');
    expect(storage.map.get('tandem:token:plan')).toBe('abc');
    expect(urls).toEqual([]);
  });

  it('uses the remembered token on a plain link and puts it back in the address bar', () => {
    const storage = memory();
    storage.setItem('tandem:token:plan', 'abc');
    const urls: string[] = [];
    expect(accessTokenFor('plan', at(''), storage, (u) => urls.push(u))).toBe('abc');
    expect(urls).toEqual(['/d/plan?token=abc']);
  });

  it('has no token for a relay without auth', () => {
    expect(accessTokenFor('plan', at(''), memory(), () => undefined)).toBeNull();
  });
});
