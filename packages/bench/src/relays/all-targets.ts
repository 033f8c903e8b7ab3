import type { BenchPaths } from '../repo-paths';
import { hocuspocusTarget } from './hocuspocus-target';
import type { RelayTarget } from './relay-target';
import { tandemTarget } from './tandem-target';
import { yWebsocketServerTarget } from './y-websocket-server-target';

/**
 * Every relay the bench compares: Tandem with its defaults first (the figures the targets are
 * judged on), Tandem with its rate limits lifted (the peers have none), then the peers. The
 * baseline of the ratios is y-websocket-server.
 */
export function allTargets(paths: BenchPaths): RelayTarget[] {
  return [
    tandemTarget(paths.tandemMain, paths.repoRoot, 'default'),
    tandemTarget(paths.tandemMain, paths.repoRoot, 'lifted'),
    yWebsocketServerTarget(),
    hocuspocusTarget(),
  ];
}
