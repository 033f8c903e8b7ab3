import { usePresence } from '@tandem/client';
import type { Awareness } from 'y-protocols/awareness';
import { Avatar } from '../identity/Avatar';
import { IdentityMenu } from '../identity/IdentityMenu';
import { useIdentity } from '../identity/IdentityContext';
import './document-state.css';

const MAX_SHOWN = 5;

/**
 * Who is in the document right now, one avatar per person however many tabs they have, in
 * their colour, updated as people come and go. Someone whose connection went quiet is greyed
 * ("away") within 10 s and gone within 30 s. Your own avatar comes first and is the button to
 * change your name and colour.
 */
export function PresenceBar({ awareness }: { awareness: Awareness | null }) {
  const { identity } = useIdentity();
  const others = usePresence(awareness).filter((peer) => !peer.isLocal);
  const shown = others.slice(0, MAX_SHOWN);
  const hidden = others.slice(MAX_SHOWN);
  const names = [`${identity.name} (you)`, ...others.map((p) => (p.isAway ? `${p.name} (away)` : p.name))].join(', ');
  return (
    <div className="presence">
      <span className="presence__count muted" aria-hidden="true">
        {others.length === 0 ? 'Only you' : `${others.length + 1} here`}
      </span>
      <ul className="presence__list" aria-label={`In this document: ${names}`}>
        {shown.map((peer) => (
          <li
            key={peer.id ?? peer.clientId}
            className={peer.isAway ? 'presence__item presence__item--away' : 'presence__item'}
            title={peer.isAway ? `${peer.name} (away: connection lost)` : peer.name}
            data-peer-name={peer.name}
            data-away={peer.isAway ? 'true' : undefined}
            data-tabs={peer.clientIds.length}
          >
            <Avatar name={peer.name} color={peer.color} />
            <span className="visually-hidden">{peer.isAway ? `${peer.name} (away)` : peer.name}</span>
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
