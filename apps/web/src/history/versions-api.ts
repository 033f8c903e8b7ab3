import type { JSONContent } from '@tiptap/core';
import { RelayApiError, docApiPath, relayFetch } from './api-request';

/** One saved state of a document (`GET /api/docs/:name/versions`). */
export interface VersionInfo {
  readonly id: string;
  /** When the version was recorded (milliseconds since the epoch). */
  readonly createdAt: number;
  readonly name: string | null;
  readonly kind: 'auto' | 'named';
  /** Who edited since the previous version. */
  readonly authors: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly sizeBytes: number;
}

/** A version's content: the body as ProseMirror JSON (the editor's schema) and the title. */
export interface VersionContent {
  readonly title: string;
  readonly body: JSONContent;
}

/** The versions of a document, newest first. */
export async function listVersions(docName: string, token: string | null, signal?: AbortSignal): Promise<VersionInfo[]> {
  const response = await relayFetch(docApiPath(docName, '/versions'), token, { signal, headers: { accept: 'application/json' } });
  return parseVersionList(await response.json());
}

/** Names the document's current state ("Draft sent to legal"); needs the editor role. */
export async function nameCurrentVersion(docName: string, token: string | null, name: string): Promise<VersionInfo> {
  const response = await relayFetch(docApiPath(docName, '/versions'), token, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ name }),
  });
  const version = parseVersion(await response.json());
  if (!version) throw new RelayApiError(response.status, 'the relay did not answer with a version');
  return version;
}

/** A version's body (ProseMirror JSON) and title. */
export async function fetchVersionContent(docName: string, token: string | null, id: string, signal?: AbortSignal): Promise<VersionContent> {
  const response = await relayFetch(docApiPath(docName, `/versions/${encodeURIComponent(id)}?format=json`), token, {
    signal,
    headers: { accept: 'application/json' },
  });
  return parseVersionContent(await response.json());
}

/** The version list in a relay answer; entries without an id or time are skipped. */
export function parseVersionList(body: unknown): VersionInfo[] {
  const versions = (body as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions)) throw new RelayApiError(200, 'the relay sent no version list');
  return versions.map(parseVersion).filter((version): version is VersionInfo => version !== null);
}

function parseVersion(raw: unknown): VersionInfo | null {
  const value = raw as Partial<Record<keyof VersionInfo, unknown>> | null;
  if (!value || (typeof value.id !== 'string' && typeof value.id !== 'number')) return null;
  // Milliseconds since the epoch; an ISO string is accepted too.
  const createdAt = typeof value.createdAt === 'number' ? value.createdAt : typeof value.createdAt === 'string' ? Date.parse(value.createdAt) : NaN;
  if (!Number.isFinite(createdAt)) return null;
  const authors = Array.isArray(value.authors)
    ? value.authors
        .filter((author): author is { id: unknown; name: string } => typeof author?.name === 'string')
        .map((author) => ({ id: String(author.id ?? author.name), name: author.name }))
    : [];
  return {
    id: String(value.id),
    createdAt,
    name: typeof value.name === 'string' && value.name ? value.name : null,
    kind: value.kind === 'named' ? 'named' : 'auto',
    authors,
    sizeBytes: typeof value.sizeBytes === 'number' ? value.sizeBytes : 0,
  };
}

/**
 * A version's JSON: the ProseMirror document with its `title` beside `type`/`content`
 * (`{title, type: 'doc', content}`); `{title, body|doc: {...}}` is accepted too.
 */
export function parseVersionContent(raw: unknown): VersionContent {
  const value = raw as { title?: unknown; type?: unknown; content?: unknown; body?: unknown; doc?: unknown } | null;
  const title = typeof value?.title === 'string' ? value.title : '';
  const nested = value?.body ?? value?.doc;
  const candidate = (nested && typeof nested === 'object' ? nested : value) as { type?: unknown; content?: unknown } | null;
  if (candidate?.type !== 'doc') throw new RelayApiError(200, 'the version is not a document');
  const body: JSONContent = { type: 'doc', content: Array.isArray(candidate.content) ? (candidate.content as JSONContent[]) : [] };
  return { title, body };
}
