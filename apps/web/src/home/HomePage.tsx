import { useEffect, useState } from 'react';
import { Brand } from '../app/Brand';
import { documentPath } from '../app/route';
import { IdentityMenu } from '../identity/IdentityMenu';
import { DeleteDialog } from './DeleteDialog';
import { DocRow } from './DocRow';
import { newDocId, type ListedDoc } from './doc-list';
import { RenameDialog } from './RenameDialog';
import { useDocList, type LocalReason } from './use-doc-list';
import type { Navigate } from '../app/use-route';
import { createdHereState } from '../document/created-here';
import { ImportButton } from './ImportButton';
import { useImport } from './use-import';
import './import.css';

type Editing = { readonly kind: 'rename' | 'delete'; readonly doc: ListedDoc } | null;

/**
 * Opens a brand-new document: only a new address, stored when someone first writes in it,
 * marked as created here (it may be written in before the relay answers).
 */
function openNewDocument(navigate: Navigate): void {
  const id = newDocId();
  navigate(documentPath(id), createdHereState(id));
}

/** The list of documents (the relay's, or this browser's without it), search, and the button that starts a new one. */
export function HomePage({ navigate }: { navigate: Navigate }) {
  const [query, setQuery] = useState('');
  const list = useDocList(query);
  const now = useNow(30_000);
  const [editing, setEditing] = useState<Editing>(null);
  const imports = useImport(navigate);
  useEffect(() => {
    document.title = 'Tandem';
  }, []);

  return (
    <div className={imports.isDragging ? 'shell shell--dropping' : 'shell'} {...imports.dropTarget}>
      <header className="topbar">
        <Brand navigate={navigate} />
        <div className="topbar__spacer" />
        <IdentityMenu />
      </header>
      <main className="home">
        <div className="home__head">
          <div>
            <h1 className="page-title">Documents</h1>
            <p className="muted">Write together in real time. Share a link and anyone can join.</p>
          </div>
          <div className="home__actions">
            <ImportButton isBusy={imports.isBusy} onFile={(file) => void imports.importOne(file)} />
            <button type="button" className="button button--primary" onClick={() => openNewDocument(navigate)}>
              <svg className="icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
              </svg>
              New document
            </button>
          </div>
        </div>
        {imports.problem && (
          <div className="home__state notice notice--row" role="alert">
            <p>{imports.problem}</p>
            <button type="button" className="button" onClick={imports.dismissProblem}>
              Dismiss
            </button>
          </div>
        )}
        {imports.isDragging && (
          <div className="drop-hint" aria-hidden="true">
            Drop a Markdown or HTML file to import it as a new document
          </div>
        )}
        <div className="home__search" role="search">
          <input
            className="input"
            type="search"
            aria-label="Search documents"
            placeholder="Search documents"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {list.kind === 'loading' && <p className="muted home__state">Loading documents…</p>}
        {list.kind === 'local' && list.reason && <LocalNotice reason={list.reason} onRetry={list.reload} />}
        {list.kind !== 'loading' && list.docs.length === 0 && <EmptyList kind={list.kind} query={query.trim()} />}
        {list.docs.length > 0 && (
          <ul className="doc-list" aria-label="Documents" aria-busy={list.kind === 'loading'}>
            {list.docs.map((doc) => (
              <DocRow
                key={doc.name}
                doc={doc}
                now={now}
                navigate={navigate}
                onRename={(target) => setEditing({ kind: 'rename', doc: target })}
                onDelete={(target) => setEditing({ kind: 'delete', doc: target })}
              />
            ))}
          </ul>
        )}
        {list.hasMore && (
          <div className="home__more">
            <button type="button" className="button" onClick={list.loadMore}>
              Show more
            </button>
          </div>
        )}
      </main>
      {editing?.kind === 'rename' && (
        <RenameDialog doc={editing.doc} onRename={(title) => list.rename(editing.doc.name, title)} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'delete' && (
        <DeleteDialog doc={editing.doc} onDelete={() => list.remove(editing.doc.name)} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}

const LOCAL_REASONS: Record<Exclude<LocalReason['kind'], 'error'>, string> = {
  offline: 'You are offline.',
  unreachable: 'The relay cannot be reached.',
  unauthorized: 'The relay lists its documents only to signed-in users.',
};

/** Says why only this browser's documents are listed. */
function LocalNotice({ reason, onRetry }: { reason: LocalReason; onRetry: () => void }) {
  const why = reason.kind === 'error' ? `Could not load the document list: ${reason.message}.` : LOCAL_REASONS[reason.kind];
  return (
    <div className="home__state notice notice--row" role="status" data-list-source="local">
      <p>
        {why} Showing the documents stored in this browser.
      </p>
      {reason.kind !== 'unauthorized' && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

function EmptyList({ kind, query }: { kind: 'relay' | 'local'; query: string }) {
  if (query) return <p className="muted home__state">No documents match “{query}”.</p>;
  if (kind === 'local') return <p className="muted home__state">No documents are stored in this browser yet.</p>;
  return (
    <div className="home__empty">
      <p className="home__empty-title">No documents yet</p>
      <p className="muted">Create one and send its link to someone to write together.</p>
    </div>
  );
}

/** The current time, refreshed every `intervalMs` so relative times stay right. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
