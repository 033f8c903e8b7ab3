import type { DocStore, DocSummary, StoredDoc, StoredVersion, VersionInfo } from '../ports';
import { parseNumericVersionId } from '../version-id';

interface Row {
  readonly seq: number;
  readonly data: Uint8Array;
  readonly isSnapshot: boolean;
}

/** A DocStore kept in memory: a real adapter for development and tests, lost on exit. */
export interface MemoryDocStore extends DocStore {
  /** Makes every following call fail, to test how the relay copes with a store outage. */
  setUnavailable(isUnavailable: boolean): void;
}

/** Creates an empty in-memory DocStore. `now` supplies timestamps (injectable for tests). */
export function createMemoryDocStore(now: () => number = () => 0): MemoryDocStore {
  const docs = new Map<string, { rows: Row[]; nextSeq: number; updatedAt: number; versions: StoredVersion[] }>();
  let lastVersionId = 0;
  let isUnavailable = false;
  let isClosed = false;

  const check = (): void => {
    if (isClosed) throw new Error('memory store is closed');
    if (isUnavailable) throw new Error('memory store is unavailable');
  };

  return {
    async load(doc): Promise<StoredDoc | null> {
      check();
      const entry = docs.get(doc);
      if (!entry) return null;
      const log = entry.rows.filter((row) => !row.isSnapshot);
      return {
        updates: entry.rows.map((row) => row.data),
        lastSeq: entry.nextSeq - 1,
        logCount: log.length,
        logBytes: log.reduce((sum, row) => sum + row.data.byteLength, 0),
      };
    },
    async append(doc, update) {
      check();
      let entry = docs.get(doc);
      if (!entry) docs.set(doc, (entry = { rows: [], nextSeq: 1, updatedAt: now(), versions: [] }));
      const seq = entry.nextSeq++;
      entry.rows.push({ seq, data: update.slice(), isSnapshot: false });
      entry.updatedAt = now();
      return { seq };
    },
    async compact(doc, snapshot, throughSeq) {
      check();
      const entry = docs.get(doc);
      if (!entry) return;
      const kept = entry.rows.filter((row) => row.seq > throughSeq);
      entry.rows = [{ seq: throughSeq, data: snapshot.slice(), isSnapshot: true }, ...kept];
      entry.updatedAt = now();
    },
    async list(): Promise<DocSummary[]> {
      check();
      return [...docs].map(([name, entry]) => ({
        name,
        sizeBytes: entry.rows.reduce((sum, row) => sum + row.data.byteLength, 0),
        updatedAt: entry.updatedAt,
      }));
    },
    async remove(doc) {
      check();
      return docs.delete(doc);
    },
    async saveVersion(doc, version) {
      check();
      const entry = docs.get(doc);
      if (!entry) return null;
      const stored: StoredVersion = {
        id: String(++lastVersionId),
        kind: version.kind,
        name: version.name,
        createdAt: version.createdAt,
        authors: version.authors.map(({ id, name }) => ({ id, name })),
        sizeBytes: version.snapshot.byteLength,
        snapshot: version.snapshot.slice(),
      };
      entry.versions.push(stored);
      return infoOf(stored);
    },
    async listVersions(doc) {
      check();
      const versions = [...(docs.get(doc)?.versions ?? [])];
      // Newest first; save order (ids grow) breaks ties.
      versions.sort((a, b) => b.createdAt - a.createdAt || Number(b.id) - Number(a.id));
      return versions.map(infoOf);
    },
    async loadVersion(doc, id) {
      check();
      if (parseNumericVersionId(id) === null) return null;
      const version = docs.get(doc)?.versions.find((candidate) => candidate.id === id);
      return version ? { ...infoOf(version), snapshot: version.snapshot.slice() } : null;
    },
    async deleteVersions(doc, ids) {
      check();
      const entry = docs.get(doc);
      if (!entry) return 0;
      const doomed = new Set(ids);
      const before = entry.versions.length;
      entry.versions = entry.versions.filter((version) => !doomed.has(version.id));
      return before - entry.versions.length;
    },
    async ping() {
      check();
    },
    async close() {
      isClosed = true;
    },
    setUnavailable(value) {
      isUnavailable = value;
    },
  };
}

function infoOf(version: StoredVersion): VersionInfo {
  const { snapshot: _snapshot, ...info } = version;
  return { ...info, authors: info.authors.map((author) => ({ ...author })) };
}
