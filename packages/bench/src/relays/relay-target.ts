import type { Dialect } from '../client/dialect';
import type { RelayProcess } from './relay-process';

/** Identifiers of the relays the bench knows. */
export const RelayId = {
  /** Tandem with the defaults a user gets. */
  tandem: 'tandem',
  /** Tandem with its per-connection rate limits lifted (the peers have none), for comparison. */
  tandemLimitsLifted: 'tandem-limits-lifted',
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
  start(options: StartOptions): Promise<RelayProcess>;
}
