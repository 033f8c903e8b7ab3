import type { Access, UserIdentity } from './ports';
import type { RelayError } from './errors';

/** What a Room needs from a connected session. Implemented by Session. */
export interface RoomMember {
  readonly id: string;
  readonly access: Access;
  /** Identity from the grant; when set, the relay stamps it into this member's awareness. */
  readonly user: UserIdentity | null;
  /** Sends a frame; a member that cannot keep up is closed by this call. */
  send(message: Uint8Array): void;
  /** Ends this member's connection with the error's close code. */
  fail(error: RelayError): void;
  /** Called once the document is loaded: the member may now process its messages. */
  markReady(): void;
}
