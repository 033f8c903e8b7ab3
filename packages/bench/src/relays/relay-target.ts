import type { Dialect } from '../client/dialect';
import type { ScenarioId } from '../scenarios/scenario';
import type { RelayProcess } from './relay-process';

/** Identifiers of the relays the bench knows. */
export const RelayId = {
  /** Tandem with the defaults a user gets. */
  tandem: 'tandem',
  /** Tandem with its per-connection rate limits lifted (the peers have none), for comparison. */
  tandemLimitsLifted: 'tandem-limits-lifted',
  /** Tandem on PostgreSQL (+ Redis between relays): only the scenarios that concern the store and many relays. */
  tandemPostgres: 'tandem-postgres',
  yWebsocketServer: 'y-websocket-server',
  hocuspocus: 'hocuspocus',
} as const;
export type RelayId = (typeof RelayId)[keyof typeof RelayId];

/** How the durable-acknowledgement delay of a relay is observed. */
export type DurableAckProbe =
  /** The relay logs `<receivedNs> <durableNs>` per edit (a hook in the relay or its launcher). */
  | 'relay-log'
  /** No hook: edit→observed-by-a-reader round trip, an upper bound only where the relay stores before it broadcasts. */
  | 'client-round-trip';

/** Options of one relay start. */
export interface StartOptions {
  /** Fresh or prepared directory holding this relay's durable store. */
  readonly dataDir: string;
  /** Where the relay writes its durable-ack log (only used when `durableAckProbe` is 'relay-log'). */
  readonly durableAckLog?: string;
  /** Extra node flags, e.g. --cpu-prof for profiling. */
  readonly nodeFlags?: readonly string[];
  /** Listen on this port (a restart on the same address); a free one by default. */
  readonly port?: number;
}

/** One relay implementation the bench can start and drive. */
export interface RelayTarget {
  readonly id: RelayId;
  /** Human name with version, for the report. */
  readonly label: string;
  readonly version: string;
  /** What "durable" means for this relay, for the report. */
  readonly persistence: string;
  readonly dialect: Dialect;
  readonly durableAckProbe: DurableAckProbe;
  /** Null if the relay can run here, else why not (e.g. Tandem not built yet). */
  unavailableReason(): string | null;
  /**
   * Asked once per run after `unavailableReason`: services the relay needs (a database, Redis)
   * answer? Null if so, else why not.
   */
  checkServices?(): Promise<string | null>;
  /** Scenarios this relay takes part in; default: the six of issue 4 (`STANDARD_SCENARIOS`). */
  readonly scenarios?: readonly ScenarioId[];
  start(options: StartOptions): Promise<RelayProcess>;
  /**
   * Starts `count` relays on ONE fresh shared store, linked to each other (several relays behind
   * a load balancer). Only relays that can share a store have it; `stop()` of the returned
   * cluster stops them all and discards the store.
   */
  startCluster?(options: StartOptions & { readonly count: number }): Promise<RelayCluster>;
}

/** Relays sharing one store and one bus. */
export interface RelayCluster {
  readonly relays: readonly RelayProcess[];
  stop(): Promise<void>;
}
