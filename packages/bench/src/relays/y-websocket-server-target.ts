import { join } from 'node:path';
import { yWebsocketDialect } from '../client/dialect';
import { BENCH_PACKAGE_DIR } from '../repo-paths';
import { packageVersion } from './package-version';
import { freePort, spawnRelay } from './relay-process';
import { RelayId, type RelayTarget } from './relay-target';

const LAUNCHER = join(BENCH_PACKAGE_DIR, 'launchers', 'y-websocket-server.mjs');

/** @y/websocket-server (the reference y-websocket backend) with LevelDB persistence on. */
export function yWebsocketServerTarget(): RelayTarget {
  const version = packageVersion('@y/websocket-server');
  return {
    id: RelayId.yWebsocketServer,
    label: `@y/websocket-server ${version}`,
    version,
    persistence: `LevelDB via y-leveldb ${packageVersion('y-leveldb')} (YPERSISTENCE): every update written with an un-awaited, un-fsynced LevelDB put after it is broadcast`,
    dialect: yWebsocketDialect,
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
          YPERSISTENCE: join(dataDir, 'leveldb'),
          ...(durableAckLog ? { BENCH_DURABLE_ACK_LOG: durableAckLog } : {}),
        },
      });
    },
  };
}
