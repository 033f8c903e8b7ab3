import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { fetchVersionContent, listVersions, nameCurrentVersion, type VersionContent, type VersionInfo } from './versions-api';

/** How often the open panel asks for new versions (the relay records them as people edit). */
const REFRESH_MS = 20_000;

type ListState = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly versions: VersionInfo[] } | { readonly kind: 'error'; readonly message: string };

/** A version chosen for preview, with its content once loaded. */
export interface PreviewedVersion {
  readonly version: VersionInfo;
  readonly content: VersionContent;
}

/**
 * The side panel listing a document's versions (time, name, authors), newest first. Clicking
 * one loads it for the preview; editors can name the current state.
 */
export function HistoryPanel({
  docId,
  token,
  canEdit,
  selectedId,
  onPreview,
  onClose,
}: {
  docId: string;
  token: string | null;
  canEdit: boolean;
  selectedId: string | null;
  onPreview: (preview: PreviewedVersion) => void;
  onClose: () => void;
}) {
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const versions = await listVersions(docId, token, signal);
        setList({ kind: 'ready', versions });
      } catch (error) {
        if (signal?.aborted) return;
        setList((previous) => (previous.kind === 'ready' ? previous : { kind: 'error', message: messageOf(error) }));
      }
    },
    [docId, token],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    const timer = setInterval(() => void reload(controller.signal), REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [reload]);

  const open = async (version: VersionInfo) => {
    setProblem(null);
    setLoadingId(version.id);
    try {
      onPreview({ version, content: await fetchVersionContent(docId, token, version.id) });
    } catch (error) {
      setProblem(`Could not open this version: ${messageOf(error)}.`);
    } finally {
      setLoadingId(null);
    }
  };

  return (
    <aside className="history" aria-label="Version history">
      <div className="history__head">
        <h2 className="history__title">Version history</h2>
        <button type="button" className="icon-button" aria-label="Close version history" onClick={onClose}>
          <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {canEdit && <NameVersionForm docId={docId} token={token} onNamed={() => void reload()} />}
      {problem && (
        <p className="history__problem" role="alert">
          {problem}
        </p>
      )}
      {list.kind === 'loading' && <p className="muted history__state">Loading versions…</p>}
      {list.kind === 'error' && (
        <p className="history__problem" role="alert">
          Could not load the versions: {list.message}.
        </p>
      )}
      {list.kind === 'ready' && list.versions.length === 0 && (
        <p className="muted history__state">No versions yet. The relay saves one after a burst of editing, or name the current state.</p>
      )}
      {list.kind === 'ready' && list.versions.length > 0 && (
        <ol className="history__list" aria-label="Versions">
          {list.versions.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className="history__version"
                aria-current={version.id === selectedId ? 'true' : undefined}
                aria-busy={version.id === loadingId}
                data-version-id={version.id}
                onClick={() => void open(version)}
              >
                <span className="history__version-name">{version.name ?? 'Automatic version'}</span>
                <time className="history__version-time" dateTime={new Date(version.createdAt).toISOString()}>
                  {formatVersionTime(version.createdAt)}
                </time>
                {version.authors.length > 0 && <span className="history__version-authors">{version.authors.map((author) => author.name).join(', ')}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

/** "Name current version": saves the document as it is now under a name. */
function NameVersionForm({ docId, token, onNamed }: { docId: string; token: string | null; onNamed: () => void }) {
  const [name, setName] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setState({ kind: 'saving' });
    try {
      await nameCurrentVersion(docId, token, trimmed);
      setName('');
      setState({ kind: 'saved' });
      onNamed();
    } catch (error) {
      setState({ kind: 'error', message: messageOf(error) });
    }
  };
  return (
    <form className="history__name" onSubmit={(event) => void submit(event)}>
      <input
        className="input"
        aria-label="Version name"
        placeholder="e.g. Draft sent to legal"
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button" disabled={!name.trim() || state.kind === 'saving'}>
        Name current version
      </button>
      {state.kind === 'saved' && (
        <p className="muted history__saved" role="status">
          Saved.
        </p>
      )}
      {state.kind === 'error' && (
        <p className="history__problem" role="alert">
          Could not name the version: {state.message}.
        </p>
      )}
    </form>
  );
}

/** The version's time as people read it: "29 Nov 2026, 10:04". */
export function formatVersionTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
