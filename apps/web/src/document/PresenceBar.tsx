import { usePresence } from '@tandem/client';
import type { Awareness } from 'y-protocols/awareness';
import { Avatar } from '../identity/Avatar';

const MAX_SHOWN = 5;

/** Who is in the document right now: avatars in each person's colour, updated as people come and go. */
export function PresenceBar({ awareness }: { awareness: Awareness | null }) {
  const peers = usePresence(awareness);
  const shown = peers.slice(0, MAX_SHOWN);
  const hidden = peers.slice(MAX_SHOWN);
  const others = peers.filter((peer) => !peer.isLocal).length;
  return (
    <div className="presence">
      <ul className="presence__list" aria-label={`In this document: ${peers.map((p) => p.name).join(', ') || 'nobody yet'}`}>
        {shown.map((peer) => {
          const label = peer.isLocal ? `${peer.name} (you)` : peer.name;
          return (
            <li key={peer.clientId} className="presence__item" title={label} data-peer-name={peer.name} data-local={peer.isLocal || undefined}>
              <Avatar name={peer.name} color={peer.color} />
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
        {hidden.length > 0 && (
          <li className="presence__item presence__more" title={hidden.map((p) => p.name).join(', ')}>
            +{hidden.length}
          </li>
        )}
      </ul>
      <span className="presence__count muted" aria-hidden="true">
        {others === 0 ? 'Only you' : `${others + 1} here`}
      </span>
    </div>
  );
}
