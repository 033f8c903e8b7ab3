/** Keys that move focus inside a toolbar (WAI-ARIA toolbar pattern, horizontal). */
export const TOOLBAR_KEYS = ['ArrowRight', 'ArrowLeft', 'Home', 'End'] as const;
/** One of {@link TOOLBAR_KEYS}. */
export type ToolbarKey = (typeof TOOLBAR_KEYS)[number];

/** Whether `key` is one the toolbar handles. */
export function isToolbarKey(key: string): key is ToolbarKey {
  return (TOOLBAR_KEYS as readonly string[]).includes(key);
}

/**
 * The index the toolbar's single Tab stop belongs on: the control used last if it is still
 * enabled, else the first enabled one (a disabled button cannot take focus, so a Tab stop on
 * it would make Tab skip the whole toolbar). -1 when nothing is enabled.
 */
export function tabStopIndex(enabled: readonly boolean[], lastUsed: number): number {
  if (enabled[lastUsed]) return lastUsed;
  return enabled.indexOf(true);
}

/**
 * Where focus goes from `from` on `key`: arrows step to the next enabled control, wrapping at
 * the ends; Home/End go to the first/last enabled one. Returns `from` when nothing else fits.
 */
export function nextFocusIndex(enabled: readonly boolean[], from: number, key: ToolbarKey): number {
  const count = enabled.length;
  if (key === 'Home') return firstEnabled(enabled, 0, 1) ?? from;
  if (key === 'End') return firstEnabled(enabled, count - 1, -1) ?? from;
  const step = key === 'ArrowRight' ? 1 : -1;
  for (let offset = 1; offset < count; offset += 1) {
    const index = (((from + step * offset) % count) + count) % count;
    if (enabled[index]) return index;
  }
  return from;
}

function firstEnabled(enabled: readonly boolean[], start: number, step: 1 | -1): number | null {
  for (let index = start; index >= 0 && index < enabled.length; index += step) {
    if (enabled[index]) return index;
  }
  return null;
}
