import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One splice: at `position` delete `deleteCount` characters, then insert `insert`. */
export type Patch = readonly [position: number, deleteCount: number, insert: string];

/** A single-author editing history (e.g. automerge-paper). */
export interface SequentialTrace {
  readonly startContent: string;
  readonly endContent: string;
  readonly txns: readonly { readonly patches: readonly Patch[] }[];
}

/** A multi-author history: each transaction is relative to its parents' version. */
export interface ConcurrentTrace {
  readonly kind: 'concurrent';
  readonly numAgents: number;
  readonly endContent: string;
  readonly txns: readonly { readonly parents: readonly number[]; readonly agent: number; readonly patches: readonly Patch[] }[];
}

// Parsing a trace takes up to a second and every relay needs the same one: parse it once.
const parsed = new Map<string, SequentialTrace | ConcurrentTrace>();

/** Reads a gzipped JSON trace from the editing-traces collection (see ../shared/traces/README.md). */
export function loadTrace<T extends SequentialTrace | ConcurrentTrace>(tracesDir: string, file: string): T {
  const path = join(tracesDir, file);
  let trace = parsed.get(path);
  if (!trace) {
    trace = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T;
    assertBmpOnly(trace);
    parsed.set(path, trace);
  }
  return trace as T;
}

// Trace positions count unicode code points; Y.Text counts UTF-16 units. They agree as long as
// no character lies outside the BMP, which holds for the traces the bench uses; refuse otherwise
// rather than replay a trace wrongly.
function assertBmpOnly(trace: SequentialTrace | ConcurrentTrace): void {
  const surrogate = /[\ud800-\udfff]/;
  if (surrogate.test(trace.endContent) || trace.txns.some((txn) => txn.patches.some((patch) => surrogate.test(patch[2])))) {
    throw new Error('trace has characters outside the BMP: code-point positions would need converting');
  }
}
