/**
 * WebSocket close codes used by Tandem, with short machine reasons (≤ 123 bytes).
 * The web app maps reasons to human text; `isRetryable` decides whether a client reconnects.
 */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  serviceRestart: 1012,
  messageTooBig: 1009,
  internal: 1011,
  tryAgainLater: 1013,
  badMessage: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  /** 45xx: stock y-websocket clients retry these ("try again later"); they give up on 44xx. */
  handshakeTimeout: 4508,
  /** Permanent: the document was deleted; a client must not reconnect and re-upload it. */
  documentDeleted: 4410,
  rateLimited: 4529,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Machine reason tokens sent with each close code. */
export const CloseReason = {
  serviceRestart: 'SERVICE_RESTART',
  messageTooBig: 'MESSAGE_TOO_BIG',
  internal: 'INTERNAL',
  tryAgainLater: 'TRY_AGAIN_LATER',
  storageUnavailable: 'STORAGE_UNAVAILABLE',
  badMessage: 'BAD_MESSAGE',
  textFrame: 'TEXT_FRAME',
  unknownMessageType: 'UNKNOWN_MESSAGE_TYPE',
  corruptUpdate: 'CORRUPT_UPDATE',
  badAwareness: 'BAD_AWARENESS',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  handshakeTimeout: 'HANDSHAKE_TIMEOUT',
  rateLimited: 'RATE_LIMITED',
  pingTimeout: 'PING_TIMEOUT',
  tokenExpired: 'TOKEN_EXPIRED',
  revoked: 'REVOKED',
  slowConsumer: 'SLOW_CONSUMER',
  tooManyDocuments: 'TOO_MANY_DOCUMENTS',
  tooManyConnections: 'TOO_MANY_CONNECTIONS',
  documentDeleted: 'DOCUMENT_DELETED',
} as const;
export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

const retryableCodes: ReadonlySet<number> = new Set([
  CloseCode.normal,
  CloseCode.goingAway,
  1006, // abnormal closure (network drop): always worth another try
  CloseCode.serviceRestart,
  CloseCode.internal,
  CloseCode.tryAgainLater,
]);

/**
 * Whether a client should reconnect after the relay closed it with `code`.
 * Non-retryable codes (4400–4499: bad message, auth; 1009 too big) would fail again the same
 * way, so a client must stop and tell the user instead of looping. 4500–4599 are transient
 * refusals, matching stock y-websocket, which never retries 44xx and retries everything else.
 */
export function isRetryable(code: number): boolean {
  return retryableCodes.has(code) || (code >= 4500 && code <= 4599);
}

/** Whether a retryable close asks for a long backoff (server protecting itself). */
export function needsLongBackoff(code: number): boolean {
  return code === CloseCode.rateLimited || code === CloseCode.tryAgainLater;
}
