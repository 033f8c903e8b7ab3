import { createAllowAllAuthorizer, type Authorizer, type DocStore, type FanOut, type Relay } from '@tandem/relay-core';
import { createDeliveryTracker } from './delivery-tracker';
import { createConnectionObserver } from './observe-connections';
import { observeFanOut } from './observe-fan-out';
import { observeStore } from './observe-store';
import type { RelayMetrics } from './relay-metrics';

/** Applies the metrics decorators to the relay's ports and to the relay itself. */
export interface RelayObserver {
  store(store: DocStore): DocStore;
  /** Always returns an authorizer (allow-all when none is given) so roles are observed. */
  authorizer(authorizer: Authorizer | undefined): Authorizer | undefined;
  fanOut(fanOut: FanOut): FanOut;
  /** Wraps the relay; `store` is the unwrapped store, pinged for `tandem_ready`. */
  relay(relay: Relay, store: DocStore): Relay;
}

/** An observer that leaves everything as it is: metrics off costs nothing. */
const unobserved: RelayObserver = {
  store: (store) => store,
  authorizer: (authorizer) => authorizer,
  fanOut: (fanOut) => fanOut,
  relay: (relay) => relay,
};

/**
 * The one place the composition root asks for metrics: with `metrics` undefined every port
 * passes through untouched.
 */
export function createRelayObserver(metrics: RelayMetrics | undefined): RelayObserver {
  if (!metrics) return unobserved;
  const delivery = createDeliveryTracker((seconds) => metrics.deliverySeconds.observe(seconds));
  const connections = createConnectionObserver(metrics, delivery);
  return {
    store: (store) => observeStore(store, metrics, delivery),
    authorizer: (authorizer) => connections.authorizer(authorizer ?? createAllowAllAuthorizer()),
    fanOut: (fanOut) => observeFanOut(fanOut, metrics),
    relay(relay, store) {
      metrics.sources.stats = () => relay.stats();
      metrics.sources.isReady = () => (relay.isAccepting ? store.ping().then(() => true, () => false) : Promise.resolve(false));
      return connections.relay(relay);
    },
  };
}
