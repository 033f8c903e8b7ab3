import { describe, expect, it } from 'vitest';
import { createdHereState, wasCreatedHere } from './created-here';

describe('created here', () => {
  it('recognises only the document the history entry created', () => {
    expect(wasCreatedHere('abc', createdHereState('abc'))).toBe(true);
    expect(wasCreatedHere('abc', createdHereState('xyz'))).toBe(false);
    expect(wasCreatedHere('abc', null)).toBe(false);
    expect(wasCreatedHere('abc', 'abc')).toBe(false);
  });
});
