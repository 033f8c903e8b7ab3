import type { BenchPaths } from '../repo-paths';
import { hocuspocusTarget } from './hocuspocus-target';
import type { RelayTarget } from './relay-target';
import { tandemPostgresTarget } from './tandem-postgres-target';
import { readTandemBuild, tandemTarget } from './tandem-target';
import { yWebsocketServerTarget } from './y-websocket-server-target';

/**
 * Every relay the bench compares, Tandem first; the baseline of the ratios is y-websocket-server.
 * Tandem on PostgreSQL only runs the store and many-relay scenarios.
 */
export function allTargets(paths: BenchPaths): RelayTarget[] {
  const build = readTandemBuild(paths.tandemMain, paths.repoRoot);
  return [tandemTarget(paths.tandemMain, paths.repoRoot, build), tandemPostgresTarget(paths.tandemMain, build), yWebsocketServerTarget(), hocuspocusTarget()];
}
