import { describe, expect, it } from 'vitest';
import { CloseCode, isRetryable, needsLongBackoff } from './close-codes';

/** Stock y-websocket 3's `defaultShouldReconnect`: 4400–4499 are permanent, the rest retried. */
const stockClientRetries = (code: number): boolean => !(code >= 4400 && code < 4500);

describe('close codes', () => {
  it('transient refusals use codes stock y-websocket clients retry', () => {
    for (const code of [CloseCode.rateLimited, CloseCode.handshakeTimeout, CloseCode.tryAgainLater, CloseCode.serviceRestart, CloseCode.internal]) {
      expect(stockClientRetries(code), `code ${code}`).toBe(true);
      expect(isRetryable(code), `code ${code}`).toBe(true);
    }
    expect(CloseCode.rateLimited).toBe(4529);
    expect(CloseCode.handshakeTimeout).toBe(4508);
  });

  it('permanent refusals are 4400–4499 (and 1009), which stock clients never retry', () => {
    for (const code of [CloseCode.badMessage, CloseCode.unauthenticated, CloseCode.forbidden]) {
      expect(stockClientRetries(code)).toBe(false);
      expect(isRetryable(code)).toBe(false);
    }
    expect(isRetryable(CloseCode.messageTooBig)).toBe(false);
  });

  it('isRetryable: 1000/1001/1006/1011/1012/1013 and 4500–4599 yes; 4400–4499 and 1009 no', () => {
    for (const code of [1000, 1001, 1006, 1011, 1012, 1013, 4500, 4508, 4529, 4599]) expect(isRetryable(code), `code ${code}`).toBe(true);
    for (const code of [4400, 4401, 4403, 4410, 4429, 4499, 1009]) expect(isRetryable(code), `code ${code}`).toBe(false);
  });

  it('asks for a long backoff after rate limiting and overload', () => {
    expect(needsLongBackoff(CloseCode.rateLimited)).toBe(true);
    expect(needsLongBackoff(CloseCode.tryAgainLater)).toBe(true);
    expect(needsLongBackoff(CloseCode.serviceRestart)).toBe(false);
  });
});
