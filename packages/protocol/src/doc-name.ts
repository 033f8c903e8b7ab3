/** Longest document name accepted, in UTF-8 bytes after URL-decoding. */
export const MAX_DOC_NAME_BYTES = 255;

/** Why a document name is refused. */
export type DocNameProblem = 'bad-encoding' | 'empty' | 'too-long' | 'control-characters';

/** Result of validating a document name taken from a URL path. */
export type DocNameResult =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly problem: DocNameProblem; readonly reason: string };

/**
 * Turns the path of an upgrade request (`/<docName>`, URL-encoded, no query string) into a
 * document name. Names are opaque keys, never file paths, but control characters and empty
 * names are refused because they only ever come from bugs or attacks.
 */
export function parseDocName(path: string): DocNameResult {
  const raw = path.startsWith('/') ? path.slice(1) : path;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return { ok: false, problem: 'bad-encoding', reason: 'doc name is not valid percent-encoding' };
  }
  return validateDocName(name);
}

/**
 * Checks a (decoded) document name against the rules the relay enforces, so a client can
 * tell a person at once instead of retrying a connection the relay will always refuse.
 */
export function validateDocName(name: string): DocNameResult {
  if (name.length === 0) return { ok: false, problem: 'empty', reason: 'doc name is empty' };
  if (utf8ByteLength(name) > MAX_DOC_NAME_BYTES) {
    return { ok: false, problem: 'too-long', reason: `doc name is longer than ${MAX_DOC_NAME_BYTES} bytes` };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return { ok: false, problem: 'control-characters', reason: 'doc name contains control characters' };
  }
  return { ok: true, name };
}

/** UTF-8 length of a string without TextEncoder (not in the ES lib this package targets). */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}
