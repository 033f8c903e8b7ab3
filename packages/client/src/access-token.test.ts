import { describe, expect, it } from 'vitest';
import { readTokenRole } from './access-token';

const base64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const tokenWith = (payload: unknown) => `${base64Url('{"alg":"HS256"}')}.${base64Url(JSON.stringify(payload))}.sig`;

describe('readTokenRole', () => {
  const token = tokenWith({ docs: { 'notes/*': 'editor', 'notes/secret': 'viewer', 'n*': 'viewer', handbook: 'viewer' } });

  it('prefers an exact name, then the longest prefix', () => {
    expect(readTokenRole(token, 'notes/secret')).toBe('viewer');
    expect(readTokenRole(token, 'notes/plan')).toBe('editor');
    expect(readTokenRole(token, 'nothing')).toBe('viewer');
    expect(readTokenRole(token, 'handbook')).toBe('viewer');
  });

  it('is null for documents the token does not cover and for anything that is not a token', () => {
    expect(readTokenRole(token, 'other')).toBeNull();
    expect(readTokenRole('not-a-jwt', 'handbook')).toBeNull();
    expect(readTokenRole(tokenWith({ docs: { x: 'owner' } }), 'x')).toBeNull();
    expect(readTokenRole(`a.${base64Url('{broken')}.c`, 'x')).toBeNull();
  });

  it('reads non-ASCII document names', () => {
    expect(readTokenRole(tokenWith({ docs: { 'café': 'editor' } }), 'café')).toBe('editor');
  });
});
