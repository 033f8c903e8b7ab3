import { join } from 'node:path';
import { hocuspocusDialect } from '../client/dialect';
import { BENCH_PACKAGE_DIR } from '../repo-paths';
import { packageVersion } from './package-version';
import { freePort, spawnRelay } from './relay-process';
import { RelayId, type RelayTarget } from './relay-target';

const LAUNCHER = join(BENCH_PACKAGE_DIR, 'launchers', 'hocuspocus-server.mjs');

/** @hocuspocus/server 3 with its Database extension on SQLite. */
export function hocuspocusTarget(): RelayTarget {
  const version = packageVersion('@hocuspocus/server');
  return {
    id: RelayId.hocuspocus,
    label: `@hocuspocus/server ${version}`,
    version,
    persistence: `SQLite (better-sqlite3 ${packageVersion('better-sqlite3')}, rollback journal, synchronous=FULL) through @hocuspocus/extension-database ${packageVersion('@hocuspocus/extension-database')}: whole document state stored 2 s after the last change (at most every 10 s) and when the last client leaves`,
    dialect: hocuspocusDialect,
    durableAckProbe: 'relay-log',
    unavailableReason: () => null,
    async start({ dataDir, durableAckLog, nodeFlags, port: wantedPort }) {
      const port = wantedPort ?? (await freePort());
      return spawnRelay({
        args: [LAUNCHER],
        nodeFlags,
        port,
        readinessPath: '/',
        env: {
          HOST: '127.0.0.1',
          PORT: String(port),
          BENCH_DATA_DIR: dataDir,
          ...(durableAckLog ? { BENCH_DURABLE_ACK_LOG: durableAckLog } : {}),
        },
      });
    },
  };
}
