import type { Counter } from 'prom-client';
import { CloseReason } from '@tandem/protocol';
import type { Access, Authorizer, Connection, Credentials, Relay } from '@tandem/relay-core';
import { delegate } from './delegate';
import type { DeliveryTracker } from './delivery-tracker';
import { closeCodeLabel, closeReasonLabel, MESSAGE_KIND_LABELS, messageKindOf, type MessageKind } from './label-values';
import type { RelayMetrics } from './relay-metrics';

/** The `role` label of an open connection. */
type Role = 'pending' | 'editor' | 'viewer';

const ROLE_OF_ACCESS: Readonly<Record<Access, Role>> = { write: 'editor', read: 'viewer' };

/** What the observer knows about one connection. */
interface ConnectionRecord {
  readonly doc: string;
  role: Role;
  hasEnded: boolean;
  isCloseCounted: boolean;
}

/**
 * Observes connections at the relay's edges: a wrapper around `Relay.connect` sees every frame
 * in (Session.receive) and out (Connection.send), the relay's close codes (Connection.close)
 * and the transport's end (Session.closed); a wrapper around the Authorizer sees each
 * connection's role. The two are linked by the credentials object that `connect` passes to
 * the authorizer, so the core needs no metrics hook.
 */
export function createConnectionObserver(metrics: RelayMetrics, delivery: DeliveryTracker) {
  const byCredentials = new WeakMap<Credentials, ConnectionRecord>();
  // Children bound once per label value: the per-message path then skips label hashing.
  const sentOfType = childrenByKind(metrics.messagesSent);
  const receivedOfType = childrenByKind(metrics.messagesReceived);

  const granted = (record: ConnectionRecord, access: Access): void => {
    if (record.hasEnded) return;
    metrics.connectionsOpen.dec({ role: record.role });
    record.role = ROLE_OF_ACCESS[access];
    metrics.connectionsOpen.inc({ role: record.role });
  };

  const closedByRelay = (record: ConnectionRecord, code: number, reason: string): void => {
    if (record.hasEnded || record.isCloseCounted) return;
    record.isCloseCounted = true;
    metrics.connectionsClosed.inc({ code: closeCodeLabel(code), reason: closeReasonLabel(reason) });
    if (reason === CloseReason.rateLimited) metrics.rateLimitedDisconnects.inc();
    if (reason === CloseReason.slowConsumer) metrics.slowConsumerDisconnects.inc();
  };

  const ended = (record: ConnectionRecord): void => {
    if (record.hasEnded) return;
    if (!record.isCloseCounted) metrics.connectionsClosed.inc({ code: 'none', reason: 'PEER_CLOSED' });
    record.hasEnded = true;
    metrics.connectionsOpen.dec({ role: record.role });
    delivery.left(record.doc);
  };

  const countSent = (record: ConnectionRecord, message: Uint8Array): void => {
    const type = messageKindOf(message);
    sentOfType[type].inc();
    metrics.sentBytes.inc(message.byteLength);
    if (type === 'sync_update') {
      metrics.updatesDelivered.inc();
      delivery.sent(record.doc, message);
    } else if (type === 'awareness') {
      metrics.awarenessDelivered.inc();
    }
  };

  const countReceived = (frame: Uint8Array | string): void => {
    const type = messageKindOf(frame);
    receivedOfType[type].inc();
    metrics.receivedBytes.inc(typeof frame === 'string' ? Buffer.byteLength(frame) : frame.byteLength);
    if (type === 'sync_update' || type === 'sync_step2') metrics.updatesReceived.inc();
    else if (type === 'awareness') metrics.awarenessReceived.inc();
  };

  const observeConnection = (connection: Connection, record: ConnectionRecord): Connection =>
    delegate(connection, {
      send(message) {
        countSent(record, message);
        connection.send(message);
      },
      close(code, reason) {
        closedByRelay(record, code, reason);
        connection.close(code, reason);
      },
    });

  return {
    /** Wraps the authorizer so a granted connection moves from `pending` to its role. */
    authorizer(authorizer: Authorizer): Authorizer {
      return delegate(authorizer, {
        async authorize(request) {
          const result = await authorizer.authorize(request);
          const record = byCredentials.get(request.credentials);
          if (result.ok && record) granted(record, result.access);
          return result;
        },
      });
    },
    /** Wraps the relay so every connection it is given is observed until its transport ends. */
    relay(relay: Relay): Relay {
      return delegate(relay, {
        connect(connection, request) {
          const record: ConnectionRecord = { doc: request.doc, role: 'pending', hasEnded: false, isCloseCounted: false };
          metrics.connectionsOpened.inc();
          metrics.connectionsOpen.inc({ role: 'pending' });
          delivery.joined(request.doc);
          // A fresh object per connection: the authorizer wrapper finds the record by identity.
          const credentials: Credentials = { ...(request.credentials ?? { token: null }) };
          byCredentials.set(credentials, record);
          const session = relay.connect(observeConnection(connection, record), { ...request, credentials });
          return delegate(session, {
            receive(frame) {
              countReceived(frame);
              session.receive(frame);
            },
            closed() {
              ended(record);
              session.closed();
            },
          });
        },
      });
    },
  };
}

/** One counter child per message type, created up front (so every type is exported at 0). */
function childrenByKind(counter: Counter<'type'>): Record<MessageKind, { inc(): void }> {
  return Object.fromEntries(MESSAGE_KIND_LABELS.map((type) => [type, counter.labels({ type })])) as Record<MessageKind, { inc(): void }>;
}
