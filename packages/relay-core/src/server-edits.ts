import { StorageUnavailableError, type RelayError } from './errors';
import type { UserIdentity } from './ports';
import type { Room } from './room';
import type { RoomMember } from './room-member';

/**
 * A room member that stands for the relay itself while it applies a server-side edit. Going
 * through `Room.handle` like any client keeps one write path: the same validation, the same
 * durable append before anyone sees the update, the same ordering with concurrent client
 * updates, then a broadcast to every connected client. Its membership also keeps the room
 * from being unloaded while the edit is in flight.
 */
interface ServerMember extends RoomMember {
  /** Resolves once the room has loaded and greeted this member. */
  readonly ready: Promise<void>;
  /** The error the room failed this member with, if any (e.g. the append failed). */
  readonly failure: RelayError | null;
}

function createServerMember(id: string, user: UserIdentity | null): ServerMember {
  let failure: RelayError | null = null;
  let markReady!: () => void;
  let failReady!: (error: RelayError) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  ready.catch(() => undefined); // read through `failure` / awaited by the caller
  return {
    id,
    access: 'write',
    // Who asked for the edit: a version's authors include them.
    user,
    ready,
    get failure() {
      return failure;
    },
    send: () => undefined, // the relay does not need its own sync messages or echoes
    fail(error) {
      failure ??= error;
      failReady(error);
    },
    markReady: () => markReady(),
  };
}

/**
 * Applies one validated, non-empty Yjs update to `room` on the server's behalf. Resolves once
 * it is durable and has been sent to every member; rejects with the RelayError that stopped
 * it (the room failed to load, the append failed).
 */
export async function applyServerEditToRoom(room: Room, update: Uint8Array, memberId: string, user: UserIdentity | null = null): Promise<void> {
  const member = createServerMember(memberId, user);
  room.join(member);
  try {
    if (room.status === 'failed') throw new StorageUnavailableError('could not load document');
    await member.ready;
    room.handle(member, { kind: 'sync-update', update });
    await room.flush();
    if (member.failure) throw member.failure;
  } finally {
    room.leave(member);
  }
}
