import { AppLink } from '../app/AppLink';
import { documentPath } from '../app/route';
import { formatRelativeTime, type ListedDoc } from './doc-list';

const PENCIL = 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4';
const TRASH = 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3';

/** One document in the list: a link to it, and Rename / Delete for documents on the relay. */
export function DocRow({
  doc,
  now,
  navigate,
  onRename,
  onDelete,
}: {
  doc: ListedDoc;
  now: number;
  navigate: (path: string) => void;
  onRename: (doc: ListedDoc) => void;
  onDelete: (doc: ListedDoc) => void;
}) {
  const label = doc.title ?? 'Untitled';
  return (
    <li className="doc-list__row" data-doc-name={doc.name}>
      <AppLink href={documentPath(doc.name)} navigate={navigate} className="doc-list__item">
        <svg className="doc-list__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 2.75h8.5L19.25 7.5v13.75H6z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M9 12h7M9 15.5h7M9 8.5h3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        {/* The full title on hover: long ones are cut with an ellipsis. */}
        <span className={doc.title ? 'doc-list__title' : 'doc-list__title doc-list__title--untitled'} title={label}>
          {label}
        </span>
        <span className="doc-list__meta">
          {doc.isLocalOnly && <span className="doc-list__local">In this browser · </span>}
          {doc.isLocalOnly ? 'seen' : 'edited'} {formatRelativeTime(doc.updatedAt, now)}
        </span>
      </AppLink>
      {!doc.isLocalOnly && (
        <div className="doc-list__actions">
          <button type="button" className="icon-button" aria-label={`Rename “${label}”`} title="Rename" onClick={() => onRename(doc)}>
            <RowIcon path={PENCIL} />
          </button>
          <button type="button" className="icon-button icon-button--danger" aria-label={`Delete “${label}”`} title="Delete" onClick={() => onDelete(doc)}>
            <RowIcon path={TRASH} />
          </button>
        </div>
      )}
    </li>
  );
}

function RowIcon({ path }: { path: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
