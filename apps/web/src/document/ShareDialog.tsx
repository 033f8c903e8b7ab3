import { useEffect, useState, type FormEvent } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { DocRole } from '@tandem/client';
import { Dialog } from '../app/Dialog';
import { Avatar } from '../identity/Avatar';
import { createShareLink, SHARE_EXPIRIES, type ShareLink } from './share-api';
import { useSharePeople } from './use-share';

const ROLE_LABELS: Record<DocRole, string> = { editor: 'Can edit', viewer: 'Can view' };

/**
 * Mints a viewer or editor link to this document with the expiry the person picks, copies it,
 * and lists who is here with which role. Links never grant more than the person's own role.
 */
export function ShareDialog({
  docId,
  title,
  token,
  ownRole,
  awareness,
  onClose,
}: {
  docId: string;
  title: string;
  token: string | null;
  ownRole: DocRole;
  awareness: Awareness | null;
  onClose: () => void;
}) {
  const [role, setRole] = useState<DocRole>('viewer');
  const [expiresInSeconds, setExpiresInSeconds] = useState<number>(SHARE_EXPIRIES[2].seconds);
  const [link, setLink] = useState<(ShareLink & { requestedAtMs: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const people = useSharePeople(awareness);

  // A link belongs to the choices it was made with: changing them asks for a new one.
  useEffect(() => {
    setLink(null);
    setCopied('idle');
  }, [role, expiresInSeconds]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const requestedAtMs = Date.now();
      setLink({ ...(await createShareLink({ doc: docId, role, expiresInSeconds, token })), requestedAtMs });
    } catch (failure) {
      setError(`Could not create a link: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setIsBusy(false);
    }
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Dialog title={`Share “${title || 'Untitled'}”`} onClose={onClose} className="share-dialog">
      <form onSubmit={(event) => void create(event)}>
        <fieldset className="share-dialog__roles">
          <legend className="field__label">Anyone with the link</legend>
          {(['viewer', 'editor'] as const).map((option) => (
            <label key={option} className="share-dialog__role">
              <input
                type="radio"
                name="share-role"
                value={option}
                checked={role === option}
                disabled={option === 'editor' && ownRole !== 'editor'}
                onChange={() => setRole(option)}
              />
              {ROLE_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">Link expires after</span>
          <select className="input" value={expiresInSeconds} onChange={(event) => setExpiresInSeconds(Number(event.target.value))}>
            {SHARE_EXPIRIES.map((option) => (
              <option key={option.seconds} value={option.seconds}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {!link && (
          <button type="submit" className="button button--primary button--block" disabled={isBusy}>
            {isBusy ? 'Creating link…' : 'Create link'}
          </button>
        )}
      </form>
      {error && (
        <p className="field__error share-dialog__error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <div className="share-dialog__link">
          <div className="share-dialog__link-row">
            <input className="input" readOnly value={link.url} aria-label="Share link" onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {copied === 'copied' ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p className="muted share-dialog__hint" aria-live="polite">
            {copied === 'failed'
              ? 'Could not copy: select the link and copy it yourself.'
              : `${ROLE_LABELS[role]}${link.expiresAtMs ? ` · until ${formatExpiry(link.expiresAtMs)}` : ''}${isCappedByOwnAccess(link, link.requestedAtMs, expiresInSeconds) ? ' (when your own access ends)' : ''}`}
          </p>
        </div>
      )}
      <h3 className="share-dialog__subtitle">People here</h3>
      <ul className="share-dialog__people" aria-label="People here">
        {people.map((person) => (
          <li key={person.key} className="share-dialog__person">
            <Avatar name={person.name} color={person.color} size="sm" />
            <span className="share-dialog__name">
              {person.name}
              {person.isYou && <span className="muted"> (you)</span>}
            </span>
            <span className="share-dialog__person-role muted">{person.role ? ROLE_LABELS[person.role] : ''}</span>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

/** The relay ends a link no later than the token of the person who made it: say so when that cut it short. */
function isCappedByOwnAccess(link: ShareLink, requestedAtMs: number, expiresInSeconds: number): boolean {
  return link.expiresAtMs !== null && link.expiresAtMs < requestedAtMs + expiresInSeconds * 1000 - 60_000;
}

function formatExpiry(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
