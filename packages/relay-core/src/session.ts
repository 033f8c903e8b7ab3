import { CloseCode, CloseReason, decodeMessage, type DecodedMessage } from '@tandem/protocol';
import { BadMessageError, MessageTooBigError, OverloadedError, RelayError } from './errors';
import type { Access, Connection, Logger, UserIdentity } from './ports';
import type { Room } from './room';
import type { RoomMember } from './room-member';

/** A connection's handle into the core: the host pushes frames and the close event in. */
export interface Session {
  readonly id: string;
  readonly doc: string;
  /** One frame from the client: bytes for a binary frame, a string for a text frame. */
  receive(frame: Uint8Array | string): void;
  /** The transport closed (for any reason). Idempotent. */
  closed(): void;
}

/** Limits applied per session. */
export interface SessionOptions {
  readonly maxMessageBytes: number;
  readonly maxBufferedBytes: number;
  /** Messages a client may send before its document has loaded. */
  readonly maxQueuedMessages: number;
}

/** Everything a session is made of. */
export interface SessionDeps {
  readonly connection: Connection;
  readonly room: Room;
  readonly access: Access;
  readonly user: UserIdentity | undefined;
  readonly logger: Logger;
  readonly options: SessionOptions;
  /** Called once when the session has left its room. */
  readonly onLeft: (session: Session) => void;
}

/**
 * Creates a session and joins it to its room. The session is the single boundary where
 * RelayErrors are caught: it logs them and closes only this connection.
 */
export function createSession(deps: SessionDeps): Session {
  const { connection, room, logger, options } = deps;
  let isReady = false;
  let hasLeft = false;
  let queued: DecodedMessage[] = [];

  const leave = (): void => {
    if (hasLeft) return;
    hasLeft = true;
    queued = [];
    room.leave(member);
    deps.onLeft(session);
  };

  const fail = (error: unknown): void => {
    if (hasLeft) return;
    if (error instanceof RelayError) {
      logger.warn({ doc: room.name, sessionId: connection.id, code: error.closeCode, reason: error.closeReason, detail: error.message }, 'closing session');
      connection.close(error.closeCode, error.closeReason);
    } else {
      logger.error({ doc: room.name, sessionId: connection.id, err: error }, 'unexpected error, closing session');
      connection.close(CloseCode.internal, CloseReason.internal);
    }
    leave();
  };

  const process = (message: DecodedMessage): void => {
    if (isReady) room.handle(member, message);
    else if (queued.length < options.maxQueuedMessages) queued.push(message);
    else throw new OverloadedError('too many messages before the document loaded');
  };

  const member: RoomMember = {
    id: connection.id,
    access: deps.access,
    send(message) {
      if (hasLeft) return;
      if (connection.bufferedBytes() > options.maxBufferedBytes) {
        fail(new OverloadedError('slow consumer: send buffer over limit'));
        return;
      }
      connection.send(message);
    },
    fail,
    markReady() {
      isReady = true;
      const backlog = queued;
      queued = [];
      try {
        for (const message of backlog) if (!hasLeft) room.handle(member, message);
      } catch (error) {
        fail(error);
      }
    },
  };

  const session: Session = {
    id: connection.id,
    doc: room.name,
    receive(frame) {
      if (hasLeft) return;
      try {
        if (typeof frame === 'string') throw new BadMessageError(CloseReason.textFrame, 'text frames are not part of the protocol');
        if (frame.byteLength > options.maxMessageBytes) throw new MessageTooBigError(frame.byteLength, options.maxMessageBytes);
        const decoded = decodeMessage(frame);
        if (!decoded.ok) throw new BadMessageError(decoded.reason, decoded.detail);
        process(decoded.message);
      } catch (error) {
        fail(error);
      }
    },
    closed: leave,
  };

  room.join(member);
  return session;
}
