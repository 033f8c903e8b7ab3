import type { Logger } from '@tandem/relay-core';

/** The part of `process` this needs, so a test can pass an EventEmitter. */
export interface RejectionSource {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Logs a promise rejection nobody handled, as an error with its stack, and keeps serving.
 * Such a rejection is a bug in a fire-and-forget path (every session and write has its own
 * boundary), so taking every connection down with it would turn one bug into an outage —
 * and Node's default would print it to stderr, outside the structured log people watch.
 */
export function logUnhandledRejections(source: RejectionSource, logger: Logger): void {
  source.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (a bug): logged, relay keeps serving');
  });
}
