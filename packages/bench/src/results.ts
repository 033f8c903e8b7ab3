import type { MetricSummary } from './metrics/summary';
import type { DurableAckProbe, RelayId } from './relays/relay-target';
import type { CurveSpec, MetricSpec, RepResult, ScenarioId } from './scenarios/scenario';

/** A repetition that threw instead of producing figures. */
export interface RepFailure {
  readonly error: string;
}

/** All repetitions of one scenario variant against one relay. */
export interface RelayRun {
  readonly relay: RelayId;
  readonly reps: readonly (RepResult | RepFailure)[];
  /** Median/min/max of every metric over the successful repetitions. */
  readonly summary: Readonly<Record<string, MetricSummary>>;
  /** True if a repetition threw or a check failed. */
  readonly hasFailures: boolean;
}

/** One scenario variant across every relay. */
export interface ScenarioResult {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
  readonly variant: string;
  /** The variant's position on the scenario's curves, when it has some. */
  readonly x?: number;
  readonly curve?: CurveSpec;
  readonly metrics: readonly MetricSpec[];
  readonly runs: readonly RelayRun[];
}

/** A relay as the report describes it. */
export interface RelayDescription {
  readonly id: RelayId;
  readonly label: string;
  readonly version: string;
  readonly persistence: string;
  readonly durableAckProbe: DurableAckProbe;
  /** Set when the relay could not run here; its rows are then absent. */
  readonly skipped?: string;
}

/** Everything one bench run produced (also written as JSON). */
export interface BenchResults {
  readonly startedAt: string;
  readonly durationS: number;
  readonly profile: string;
  readonly repetitions: number;
  readonly command: string;
  readonly machine: Readonly<Record<string, string>>;
  readonly versions: Readonly<Record<string, string>>;
  readonly relays: readonly RelayDescription[];
  readonly scenarios: readonly ScenarioResult[];
}

/** True if `rep` is a failure. */
export function isFailure(rep: RepResult | RepFailure): rep is RepFailure {
  return 'error' in rep;
}
