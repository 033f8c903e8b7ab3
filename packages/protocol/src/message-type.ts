/** Top-level y-websocket message types (first varuint of every frame). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  /** Reserved by y-protocols for auth; the server only ever sends `permission-denied`. */
  auth: 2,
  queryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Sub-types of a sync message (y-protocols/sync). */
export const SyncStep = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;
export type SyncStep = (typeof SyncStep)[keyof typeof SyncStep];

/** Sub-types of an auth message (y-protocols/auth). */
export const AuthMessageType = {
  permissionDenied: 0,
} as const;
