import { readFanOutPublishedAt, type FanOut } from '@tandem/relay-core';
import { delegate } from './delegate';
import type { RelayMetrics } from './relay-metrics';

/**
 * Wraps a FanOut so messages published to and received from other relays are counted, and
 * each update's lag (publish on the other relay → arrival here) is observed.
 */
export function observeFanOut(fanOut: FanOut, metrics: RelayMetrics, now: () => number = Date.now): FanOut {
  return delegate(fanOut, {
    publish(doc, message) {
      metrics.fanOutPublished.inc();
      fanOut.publish(doc, message);
    },
    subscribe(doc, listener) {
      return fanOut.subscribe(doc, {
        onMessage(message, from) {
          metrics.fanOutReceived.inc();
          const publishedAt = readFanOutPublishedAt(message);
          if (publishedAt !== null) metrics.fanOutLagSeconds.observe(Math.max(0, now() - publishedAt) / 1_000);
          listener.onMessage(message, from);
        },
        onLive() {
          metrics.fanOutCatchUps.inc();
          listener.onLive();
        },
      });
    },
  });
}
