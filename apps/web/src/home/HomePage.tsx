import { useEffect, useState } from 'react';
import { AppLink } from '../app/AppLink';
import { Brand } from '../app/Brand';
import { documentPath } from '../app/route';
import { IdentityMenu } from '../identity/IdentityMenu';
import { formatRelativeTime, newDocId } from './doc-list';
import { useDocList } from './use-doc-list';
import type { Navigate } from '../app/use-route';
import { createdHereState } from '../document/created-here';

/** Opens a brand-new document, marked as created here (it may be written in before the relay answers). */
function openNewDocument(navigate: Navigate): void {
  const id = newDocId();
  navigate(documentPath(id), createdHereState(id));
}

/** The list of documents on this relay, and the button that starts a new one. */
export function HomePage({ navigate }: { navigate: Navigate }) {
  const list = useDocList();
  const now = useNow(30_000);
  useEffect(() => {
    document.title = 'Tandem';
  }, []);

  return (
    <div className="shell">
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
          <button type="button" className="button button--primary" onClick={() => openNewDocument(navigate)}>
            <svg className="icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
            New document
          </button>
        </div>
        {list.kind === 'loading' && <p className="muted home__state">Loading documents…</p>}
        {list.kind === 'failed' && (
          <div className="home__state notice" role="alert">
            <p>Could not load the document list: {list.message}</p>
            <button type="button" className="button" onClick={list.reload}>
              Try again
            </button>
          </div>
        )}
        {list.kind === 'loaded' && list.docs.length === 0 && (
          <div className="home__empty">
            <p className="home__empty-title">No documents yet</p>
            <p className="muted">Create one and send its link to someone to write together.</p>
          </div>
        )}
        {list.kind === 'loaded' && list.docs.length > 0 && (
          <ul className="doc-list" aria-label="Documents">
            {list.docs.map((doc) => (
              <li key={doc.name}>
                <AppLink href={documentPath(doc.name)} navigate={navigate} className="doc-list__item">
                  <svg className="doc-list__icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M6 2.75h8.5L19.25 7.5v13.75H6z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
                    <path d="M9 12h7M9 15.5h7M9 8.5h3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                  </svg>
                  <span className={doc.title ? 'doc-list__title' : 'doc-list__title doc-list__title--untitled'}>
                    {doc.title ?? 'Untitled'}
                  </span>
                  <span className="doc-list__meta">Edited {formatRelativeTime(doc.updatedAt, now)}</span>
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </main>
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
