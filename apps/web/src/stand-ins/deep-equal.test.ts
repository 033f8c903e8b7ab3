import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal';

describe('deepEqual (stand-in for fast-equals in the browser build)', () => {
  it('treats equal primitives, NaN included, as equal and different ones as different', () => {
    expect(deepEqual(1, 1)).toBe(true);
    expect(deepEqual('a', 'a')).toBe(true);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual(1, '1')).toBe(false);
    expect(deepEqual(null, undefined)).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });

  it('compares toolbar-like selections key by key', () => {
    const before = { isBold: true, heading: { level: 2 }, marks: ['bold', 'link'] };
    expect(deepEqual(before, { isBold: true, heading: { level: 2 }, marks: ['bold', 'link'] })).toBe(true);
    expect(deepEqual(before, { isBold: false, heading: { level: 2 }, marks: ['bold', 'link'] })).toBe(false);
    expect(deepEqual(before, { isBold: true, heading: { level: 3 }, marks: ['bold', 'link'] })).toBe(false);
    expect(deepEqual(before, { isBold: true, heading: { level: 2 }, marks: ['bold'] })).toBe(false);
  });

  it('does not confuse a missing key with one set to undefined, nor arrays with objects', () => {
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });

  it('compares other objects by identity only', () => {
    const date = new Date(0);
    expect(deepEqual(date, date)).toBe(true);
    expect(deepEqual(new Date(0), new Date(0))).toBe(false);
  });
});
