import { describe, expect, it } from 'vitest';
import { browserId } from './browser-id';
import { memoryStorage } from './testing/session-harness';

describe('browserId', () => {
  it('is stable per browser profile (storage) and differs between profiles', () => {
    const storage = memoryStorage();
    const first = browserId(storage);
    expect(browserId(storage)).toBe(first);
    expect(first).toMatch(/^[0-9a-z]{16}$/);
    expect(browserId(memoryStorage(), () => 0.5)).not.toBe(first);
  });

  it('still gives an id when storage fails', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    expect(browserId(broken)).toMatch(/^[0-9a-z]{16}$/);
  });
});
