import { describe, expect, it } from 'vitest';
import { isToolbarKey, nextFocusIndex, tabStopIndex } from './toolbar-focus';

// Undo and Redo disabled, as on a fresh document.
const fresh = [false, false, true, true, true];

describe('toolbar focus (roving tabindex)', () => {
  it('puts the Tab stop on the first enabled control, or on the last one used while it stays enabled', () => {
    expect(tabStopIndex(fresh, 0)).toBe(2);
    expect(tabStopIndex(fresh, 4)).toBe(4);
    expect(tabStopIndex([false, false], 0)).toBe(-1);
  });

  it('arrows skip disabled controls and wrap around', () => {
    expect(nextFocusIndex(fresh, 2, 'ArrowRight')).toBe(3);
    expect(nextFocusIndex(fresh, 4, 'ArrowRight')).toBe(2);
    expect(nextFocusIndex(fresh, 2, 'ArrowLeft')).toBe(4);
    expect(nextFocusIndex([true, false, false], 0, 'ArrowRight')).toBe(0);
  });

  it('Home and End go to the first and last enabled control', () => {
    expect(nextFocusIndex(fresh, 3, 'Home')).toBe(2);
    expect(nextFocusIndex([true, true, false], 0, 'End')).toBe(1);
  });

  it('knows its keys', () => {
    expect(isToolbarKey('End')).toBe(true);
    expect(isToolbarKey('ArrowDown')).toBe(false);
  });
});
