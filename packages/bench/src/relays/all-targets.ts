import type { BenchPaths } from '../repo-paths';
import { hocuspocusTarget } from './hocuspocus-target';
import type { RelayTarget } from './relay-target';
import { tandemTarget } from './tandem-target';
import { yWebsocketServerTarget } from './y-websocket-server-target';

/** Every relay the bench compares, Tandem first; the baseline of the ratios is y-websocket-server. */
export function allTargets(paths: BenchPaths): RelayTarget[] {
  return [tandemTarget(paths.tandemMain, paths.repoRoot), yWebsocketServerTarget(), hocuspocusTarget()];
}
