import type { FanOut, FanOutListener, FanOutStatus } from '../ports';

/**
 * An in-process message bus connecting several relay instances in one process: a real
 * zero-dependency FanOut for development and tests. Like Redis pub/sub it is best effort, so
 * tests can take it down, bring it back and lose single messages, and watch the relays cope.
 */
export interface LocalFanOutHub {
  /** A FanOut for one relay instance; `id` (its `from`) defaults to `local-<n>`. */
  connect(id?: string): FanOut;
  /** Down: every publish is lost and status is `down`; back up: every subscription goes live again. */
  setDown(isDown: boolean): void;
  /** Silently loses the next `count` deliveries (a message lost without a disconnect). */
  dropNext(count: number): void;
  /** Messages delivered so far, across instances. */
  readonly deliveredCount: number;
}

interface Subscription {
  readonly instance: string;
  readonly doc: string;
  readonly listener: FanOutListener;
}

/** Creates an empty hub. Deliveries and `onLive` calls happen on a later microtask, never inside the caller. */
export function createLocalFanOutHub(): LocalFanOutHub {
  const subscriptions = new Set<Subscription>();
  let isDown = false;
  let toDrop = 0;
  let deliveredCount = 0;
  let nextId = 1;
  const later = (job: () => void): void => void Promise.resolve().then(job);

  const deliver = (from: string, doc: string, message: Uint8Array): void => {
    for (const subscription of subscriptions) {
      if (subscription.doc !== doc || subscription.instance === from) continue;
      if (toDrop > 0) {
        toDrop--;
        continue;
      }
      deliveredCount++;
      // Each receiver gets its own copy, as it would off a network.
      subscription.listener.onMessage(message.slice(), from);
    }
  };

  const connect = (id = `local-${nextId++}`): FanOut => {
    const mine = new Set<Subscription>();
    let isClosed = false;
    return {
      publish(doc, message) {
        if (isDown || isClosed) return;
        const copy = message.slice();
        later(() => {
          if (!isDown) deliver(id, doc, copy);
        });
      },
      subscribe(doc, listener) {
        const subscription: Subscription = { instance: id, doc, listener };
        if (!isClosed) {
          subscriptions.add(subscription);
          mine.add(subscription);
          later(() => {
            if (!isDown && subscriptions.has(subscription)) listener.onLive();
          });
        }
        return () => {
          subscriptions.delete(subscription);
          mine.delete(subscription);
        };
      },
      get status(): FanOutStatus {
        return isDown || isClosed ? 'down' : 'live';
      },
      async close() {
        isClosed = true;
        for (const subscription of mine) subscriptions.delete(subscription);
        mine.clear();
      },
    };
  };

  return {
    connect,
    setDown(value) {
      const isBack = isDown && !value;
      isDown = value;
      if (!isBack) return;
      const live = [...subscriptions];
      later(() => {
        for (const subscription of live) if (!isDown && subscriptions.has(subscription)) subscription.listener.onLive();
      });
    },
    dropNext(count) {
      toDrop += count;
    },
    get deliveredCount() {
      return deliveredCount;
    },
  };
}
