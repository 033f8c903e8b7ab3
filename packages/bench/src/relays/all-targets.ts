import type { BenchPaths } from '../repo-paths';
import { hocuspocusTarget } from './hocuspocus-target';
import type { RelayTarget } from './relay-target';
import { tandemPostgresTarget } from './tandem-postgres-target';
import { readTandemBuild, tandemTarget } from './tandem-target';
import { yWebsocketServerTarget } from './y-websocket-server-target';

/**
 * Every relay the bench compares: Tandem with its defaults first (the figures the targets are
 * judged on), Tandem with its rate limits lifted (the peers have none), Tandem on PostgreSQL
 * (only the store and many-relay scenarios), then the peers. The baseline of the ratios is
 * y-websocket-server.
 */
export function allTargets(paths: BenchPaths): RelayTarget[] {
  const build = readTandemBuild(paths.tandemMain, paths.repoRoot);
  return [
    tandemTarget(paths.tandemMain, paths.repoRoot, build, 'default'),
    tandemTarget(paths.tandemMain, paths.repoRoot, build, 'lifted'),
    tandemPostgresTarget(paths.tandemMain, build),
    yWebsocketServerTarget(),
    hocuspocusTarget(),
  ];
}
