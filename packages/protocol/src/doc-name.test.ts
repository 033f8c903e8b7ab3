import { describe, expect, it } from 'vitest';
import { parseDocName, validateDocName } from './doc-name';

describe('parseDocName', () => {
  it('URL-decodes the path', () => {
    expect(parseDocName('/my%20doc%2Fwith%2Fslashes')).toEqual({ ok: true, name: 'my doc/with/slashes' });
    expect(parseDocName('/caf%C3%A9')).toEqual({ ok: true, name: 'café' });
  });

  it('accepts exactly 255 bytes and refuses 256', () => {
    expect(parseDocName('/' + 'a'.repeat(255)).ok).toBe(true);
    expect(parseDocName('/' + 'a'.repeat(256))).toMatchObject({ ok: false, reason: expect.stringContaining('255') });
    // 128 two-byte characters = 256 bytes
    expect(parseDocName('/' + encodeURIComponent('é'.repeat(128))).ok).toBe(false);
  });

  it('refuses empty names, broken encoding and control characters', () => {
    expect(parseDocName('/').ok).toBe(false);
    expect(parseDocName('/%E0%A4%A').ok).toBe(false);
    expect(parseDocName('/a%00b').ok).toBe(false);
  });
});

describe('validateDocName', () => {
  it('names the problem so a client can explain it without asking the relay', () => {
    expect(validateDocName('100% done?#')).toEqual({ ok: true, name: '100% done?#' });
    expect(validateDocName('a'.repeat(256))).toMatchObject({ ok: false, problem: 'too-long' });
    expect(validateDocName('tab\there')).toMatchObject({ ok: false, problem: 'control-characters' });
    expect(validateDocName('')).toMatchObject({ ok: false, problem: 'empty' });
  });
});
