import { describe, expect, it } from 'vitest';
import { createStreamPositions } from './stream-positions';

describe('StreamPositions', () => {
  it('trusts a stream\'s very first message and consecutive numbers; reports anything skipped', () => {
    const positions = createStreamPositions();
    expect(positions.hello('a/1', 0)).toBe(false);
    expect(positions.update('a/1', 1)).toBe(false);
    expect(positions.update('a/1', 2)).toBe(false);
    expect(positions.update('a/1', 4)).toBe(true);
    expect(positions.update('a/1', 3)).toBe(false); // late, not a new gap
    expect(positions.hello('a/1', 4)).toBe(false);
    expect(positions.hello('a/1', 6)).toBe(true);
  });

  it('first sight of a stream in the middle is a possible gap; streams are independent', () => {
    const positions = createStreamPositions();
    expect(positions.update('a/1', 7)).toBe(true);
    expect(positions.update('a/1', 8)).toBe(false);
    expect(positions.hello('b/1', 3)).toBe(true);
    expect(positions.update('a/2', 1)).toBe(false);
  });

  it('reset forgets every stream', () => {
    const positions = createStreamPositions();
    positions.update('a/1', 1);
    positions.reset();
    expect(positions.update('a/1', 2)).toBe(true);
  });
});
