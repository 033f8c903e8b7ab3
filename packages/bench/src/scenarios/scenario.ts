import type { RelayTarget } from '../relays/relay-target';

/** Identifiers of the scenarios of the benchmark. */
export const ScenarioId = {
  fanOut: 'fan-out',
  throughput: 'throughput',
  idle: 'idle',
  bigDocCold: 'big-doc-cold',
  traceReplay: 'trace-replay',
  durableAck: 'durable-ack',
  /** Issue 11: one writer on relay A, readers over A and B (shared store, Redis between them). */
  crossRelay: 'cross-relay',
  typists: 'typists',
  /** Issue 14: Tandem's SSE + POST fallback beside its WebSocket path (Tandem only). */
  sseFanOut: 'sse-fan-out',
  /** Issue 15: relay memory against documents open at once. */
  loadedDocs: 'loaded-docs',
  /** Issue 15: the relay restarted under thousands of clients that reconnect by themselves. */
  reconnectStorm: 'reconnect-storm',
} as const;
export type ScenarioId = (typeof ScenarioId)[keyof typeof ScenarioId];

/** The scenarios of issues 4 and 15, which every relay runs unless it says otherwise. */
export const STANDARD_SCENARIOS: readonly ScenarioId[] = [
  ScenarioId.fanOut,
  ScenarioId.throughput,
  ScenarioId.idle,
  ScenarioId.bigDocCold,
  ScenarioId.traceReplay,
  ScenarioId.durableAck,
  ScenarioId.typists,
  ScenarioId.loadedDocs,
  ScenarioId.reconnectStorm,
];

/** A figure a scenario reports, with how to read it. */
export interface MetricSpec {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** Which direction is better ('none' for context figures that are not compared). */
  readonly better: 'lower' | 'higher' | 'none';
  readonly digits: number;
  /** Shown in the stdout table and compared against Hocuspocus ("beat it on every row"). */
  readonly headline?: boolean;
}

/** What one repetition of a scenario against one relay produced. */
export interface RepResult {
  readonly metrics: Readonly<Record<string, number>>;
  /** Correctness checks (convergence, completeness); a false one fails the repetition. */
  readonly checks: Readonly<Record<string, boolean>>;
  readonly notes?: readonly string[];
  /** How busy the machine was during the repetition (filled in by the runner). */
  readonly machine?: import('../metrics/machine-load').MachineLoad;
}

/** Everything a scenario needs to run against one relay. */
export interface ScenarioEnv {
  readonly target: RelayTarget;
  /** Scratch directory for this relay and scenario (data dirs, logs). */
  readonly workDir: string;
  readonly tracesDir: string;
  /** Node flags for the relay process (e.g. --cpu-prof). */
  readonly relayNodeFlags: readonly string[];
  readonly log: (message: string) => void;
}

/** A variant of a scenario (e.g. fan-out with 500 readers). */
export interface Variant {
  /** Short label, unique within the scenario ("N=500"). */
  readonly key: string;
  /** Where the variant sits on the scenario's curve (e.g. 500 readers), if it draws one. */
  readonly x?: number;
}

/** How a scenario's variants form curves: one table and chart per metric, x = `Variant.x`. */
export interface CurveSpec {
  /** What x counts ("readers per document"). */
  readonly xLabel: string;
  /** Metric keys drawn against x. */
  readonly metrics: readonly string[];
  /** Log scale for x when it spans orders of magnitude. */
  readonly isLogX?: boolean;
}

/**
 * One benchmark scenario. `prepare` runs once per relay and variant (e.g. loading the big
 * document into a store), `run` once per repetition; every repetition is bounded in time.
 */
export interface Scenario<V extends Variant = Variant, P = unknown> {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
  readonly metrics: readonly MetricSpec[];
  readonly variants: readonly V[];
  /** Set when the variants are points of curves (see report/curves.ts). */
  readonly curve?: CurveSpec;
  prepare?(env: ScenarioEnv, variant: V): Promise<P>;
  run(env: ScenarioEnv, variant: V, prepared: P): Promise<RepResult>;
}
