import type { FanOut } from '@tandem/relay-core';
import { delegate } from './delegate';
import type { RelayMetrics } from './relay-metrics';

/** Wraps a FanOut so messages published to and received from other relays are counted. */
export function observeFanOut(fanOut: FanOut, metrics: RelayMetrics): FanOut {
  return delegate(fanOut, {
    publish(doc, message) {
      metrics.fanOutPublished.inc();
      fanOut.publish(doc, message);
    },
    subscribe(doc, listener) {
      return fanOut.subscribe(doc, {
        onMessage(message, from) {
          metrics.fanOutReceived.inc();
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
