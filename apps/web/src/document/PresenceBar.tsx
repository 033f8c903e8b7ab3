import { usePresence } from '@tandem/client';
import type { Awareness } from 'y-protocols/awareness';
import { Avatar } from '../identity/Avatar';
import { IdentityMenu } from '../identity/IdentityMenu';
import { useIdentity } from '../identity/IdentityContext';

const MAX_SHOWN = 5;

/**
 * Who is in the document right now, in each person's colour, updated as people come and go.
 * Your own avatar comes first and is the button to change your name and colour.
 */
export function PresenceBar({ awareness }: { awareness: Awareness | null }) {
  const { identity } = useIdentity();
  const others = usePresence(awareness).filter((peer) => !peer.isLocal);
  const shown = others.slice(0, MAX_SHOWN);
  const hidden = others.slice(MAX_SHOWN);
  const names = [`${identity.name} (you)`, ...others.map((p) => p.name)].join(', ');
  return (
    <div className="presence">
      <span className="presence__count muted" aria-hidden="true">
        {others.length === 0 ? 'Only you' : `${others.length + 1} here`}
      </span>
      <ul className="presence__list" aria-label={`In this document: ${names}`}>
        {shown.map((peer) => (
          <li key={peer.clientId} className="presence__item" title={peer.name} data-peer-name={peer.name}>
            <Avatar name={peer.name} color={peer.color} />
            <span className="visually-hidden">{peer.name}</span>
          </li>
        ))}
        {hidden.length > 0 && (
          <li className="presence__item presence__more" title={hidden.map((p) => p.name).join(', ')}>
            +{hidden.length}
          </li>
        )}
        <li className="presence__item presence__item--self" data-peer-name={identity.name} data-local="true">
          <IdentityMenu />
        </li>
      </ul>
    </div>
  );
}
