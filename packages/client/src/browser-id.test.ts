import { describe, expect, it } from 'vitest';
import { BROWSER_ID_KEY, browserId } from './browser-id';
import { createBrowserIdSource } from './browser-id-source';
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

describe('createBrowserIdSource', () => {
  type Listener = (event: { key: string | null; newValue: string | null }) => void;
  function eventTarget() {
    const listeners = new Set<Listener>();
    return {
      addEventListener: (_type: 'storage', listener: Listener) => void listeners.add(listener),
      removeEventListener: (_type: 'storage', listener: Listener) => void listeners.delete(listener),
      emit: (key: string | null, newValue: string | null) => listeners.forEach((listener) => listener({ key, newValue })),
    };
  }

  it('two tabs that each made an id on a first visit end up with the one stored last', () => {
    const shared = memoryStorage();
    const firstTabEvents = eventTarget();
    const first = createBrowserIdSource(shared, firstTabEvents);
    let firstChanges = 0;
    first.subscribe(() => firstChanges++);
    // The second tab read the empty storage before the first one wrote, as two tabs opened
    // at once do; its write reaches the first tab as a storage event (never the writer).
    let secondTabSawEmpty = false;
    const secondTabStorage = {
      getItem: (key: string) => (secondTabSawEmpty ? shared.getItem(key) : ((secondTabSawEmpty = true), null)),
      setItem: (key: string, value: string) => {
        shared.setItem(key, value);
        firstTabEvents.emit(key, value);
      },
      removeItem: (key: string) => shared.removeItem(key),
    };
    const idFirst = first.get();
    const second = createBrowserIdSource(secondTabStorage, eventTarget());
    const idSecond = second.get();
    expect(idSecond).not.toBe(idFirst);
    expect(firstChanges).toBe(1);
    expect(first.get()).toBe(idSecond);
    expect(shared.getItem(BROWSER_ID_KEY)).toBe(idSecond);
  });

  it('adopts the id another tab stored afterwards, and stops listening when unsubscribed', () => {
    const storage = memoryStorage();
    const events = eventTarget();
    const source = createBrowserIdSource(storage, events);
    const mine = source.get();
    let changes = 0;
    const unsubscribe = source.subscribe(() => changes++);
    const emit = events.emit;
    emit('tandem:identity', 'x'); // another key
    emit(BROWSER_ID_KEY, null); // cleared storage: keep ours
    emit(BROWSER_ID_KEY, mine); // same id: nothing to do
    expect(changes).toBe(0);
    emit(BROWSER_ID_KEY, 'theirs0000000000'); // another tab won the race
    expect(changes).toBe(1);
    expect(source.get()).toBe('theirs0000000000');
    unsubscribe();
    emit(BROWSER_ID_KEY, 'later00000000000');
    expect(changes).toBe(1);
  });

  it('without storage keeps one id for the page instead of inventing one per call', () => {
    const source = createBrowserIdSource(null, null);
    expect(source.get()).toBe(source.get());
  });
});
