import type { RelayProcess } from '../relays/relay-process';
import type { Dialect } from '../client/dialect';
import { runFanOut, type FanOutParams } from './fan-out';
import { withRelay } from './relay-session';
import { ScenarioId, type RepResult, type Scenario, type Variant } from './scenario';

/** Parameters of the SSE vs WebSocket fan-out (issue 14): the fan-out's, with its own reader counts. */
export type SseFanOutParams = FanOutParams;

interface SseFanOutVariant extends Variant {
  readonly readers: number;
}

/**
 * Issue 14: Tandem's SSE + POST fallback against its WebSocket path, in the same repetition on
 * the same relay process: the fan-out (1 writer + N readers, marked edits) first over
 * WebSocket on one document, then with every client (writer included) over SSE + POST on
 * another. Only Tandem has the fallback.
 */
export function sseFanOutScenario(params: SseFanOutParams): Scenario<SseFanOutVariant> {
  return {
    id: ScenarioId.sseFanOut,
    title: 'SSE vs WebSocket fan-out',
    description: `Tandem only (issue 14). One relay process per repetition; one document with 1 writer + N readers over WebSocket, then another with the writer and N readers over SSE + POST (\`POST /sync/<doc>\`, the \`text/event-stream\`, batched POSTs; the bench's raw node:http client). The writer makes ${params.editsPerSecond} edits/s for ${params.durationMs / 1000} s on each. Latency from the writer sending an edit (for SSE: queuing its POST) to each reader decoding it; relay CPU (/proc of the relay process) per 1,000 delivered (edit, reader) pairs.`,
    metrics: [
      { key: 'wsP50Ms', label: 'WS p50', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'sseP50Ms', label: 'SSE p50', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'wsP99Ms', label: 'WS p99', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'sseP99Ms', label: 'SSE p99', unit: 'ms', better: 'lower', digits: 2, headline: true },
      { key: 'wsCpuMsPer1k', label: 'WS relay CPU / 1k delivered', unit: 'ms', better: 'lower', digits: 1, headline: true },
      { key: 'sseCpuMsPer1k', label: 'SSE relay CPU / 1k delivered', unit: 'ms', better: 'lower', digits: 1, headline: true },
      { key: 'wsMaxMs', label: 'WS max', unit: 'ms', better: 'lower', digits: 1 },
      { key: 'sseMaxMs', label: 'SSE max', unit: 'ms', better: 'lower', digits: 1 },
    ],
    variants: params.readers.map((readers) => ({ key: `N=${readers}`, readers })),
    run: (env, variant) => withRelay(env, (relay) => compareTransports(relay, env.target.dialect, variant.readers, params)),
  };
}

async function compareTransports(relay: RelayProcess, dialect: Dialect, readers: number, params: SseFanOutParams): Promise<RepResult> {
  const ws = await runFanOut(relay, dialect, readers, params, 'websocket');
  const sse = await runFanOut(relay, dialect, readers, params, 'sse');
  const perThousand = (rep: RepResult): number => ((rep.metrics.relayCpuS ?? Number.NaN) * 1000 * 1000) / (rep.metrics.delivered ?? Number.NaN);
  return {
    metrics: {
      wsP50Ms: ws.metrics.p50Ms!,
      sseP50Ms: sse.metrics.p50Ms!,
      wsP99Ms: ws.metrics.p99Ms!,
      sseP99Ms: sse.metrics.p99Ms!,
      wsCpuMsPer1k: perThousand(ws),
      sseCpuMsPer1k: perThousand(sse),
      wsMaxMs: ws.metrics.maxMs!,
      sseMaxMs: sse.metrics.maxMs!,
      wsDelivered: ws.metrics.delivered!,
      sseDelivered: sse.metrics.delivered!,
    },
    checks: {
      wsAllDelivered: ws.checks.allDelivered!,
      wsConverged: ws.checks.converged!,
      sseAllDelivered: sse.checks.allDelivered!,
      sseConverged: sse.checks.converged!,
    },
  };
}
