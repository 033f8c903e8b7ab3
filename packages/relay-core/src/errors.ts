import { CloseCode, CloseReason } from '@tandem/protocol';

/**
 * An error that ends one session with a WebSocket close code. Thrown inside the core and
 * caught at exactly one boundary (Session), which logs it and closes that connection only.
 */
export class RelayError extends Error {
  constructor(
    readonly closeCode: number,
    readonly closeReason: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = new.target.name;
  }
}

/** The client sent something that is not a valid message (4400). */
export class BadMessageError extends RelayError {
  constructor(reason: CloseReason, detail: string, options?: { cause?: unknown }) {
    super(CloseCode.badMessage, reason, detail, options);
  }
}

/** A frame over the configured size limit (1009). */
export class MessageTooBigError extends RelayError {
  constructor(byteLength: number, limit: number) {
    super(CloseCode.messageTooBig, CloseReason.messageTooBig, `frame of ${byteLength} bytes exceeds ${limit}`);
  }
}

/** The store could not load or persist; the client should retry later (1013). */
export class StorageUnavailableError extends RelayError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(CloseCode.tryAgainLater, CloseReason.storageUnavailable, detail, options);
  }
}

/** The relay cannot take this session right now (1013), e.g. its queue overflowed. */
export class OverloadedError extends RelayError {
  constructor(detail: string, reason: string = CloseReason.tryAgainLater) {
    super(CloseCode.tryAgainLater, reason, detail);
  }
}

/** Missing, invalid or expired credentials (4401). */
export class UnauthenticatedError extends RelayError {
  constructor(detail: string, reason: string = CloseReason.unauthenticated) {
    super(CloseCode.unauthenticated, reason, detail);
  }
}

/** Valid credentials without access to this document, or access revoked (4403). */
export class ForbiddenError extends RelayError {
  constructor(detail: string, reason: string = CloseReason.forbidden) {
    super(CloseCode.forbidden, reason, detail);
  }
}

/** A flood that backpressure could not contain (4529: stock clients retry 45xx later). */
export class RateLimitedError extends RelayError {
  constructor(detail: string) {
    super(CloseCode.rateLimited, CloseReason.rateLimited, detail);
  }
}

/** A client that connected but never spoke (4508, retryable). */
export class HandshakeTimeoutError extends RelayError {
  constructor(timeoutMs: number) {
    super(CloseCode.handshakeTimeout, CloseReason.handshakeTimeout, `no message within ${timeoutMs} ms of connecting`);
  }
}

/**
 * The document was deleted (4410). Permanent: stock y-websocket clients never retry 44xx, so
 * none reconnects and re-uploads the deleted content from its local copy.
 */
export class DocumentDeletedError extends RelayError {
  constructor() {
    super(CloseCode.documentDeleted, CloseReason.documentDeleted, 'the document was deleted');
  }
}
