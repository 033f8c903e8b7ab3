import { ScenarioId } from '../scenarios/scenario';
import { benchServices, checkBenchServices, createBenchDatabase, freshChannelPrefix } from './bench-services';
import { freePort, spawnRelay, type RelayProcess } from './relay-process';
import { RelayId, type RelayTarget, type StartOptions } from './relay-target';
import { DURABLE_ACK_FLAG, type TandemBuild } from './tandem-target';
import { yWebsocketDialect } from '../client/dialect';

/**
 * Tandem's relay with `TANDEM_STORE=postgres` (a fresh database per start, on the server of
 * TANDEM_BENCH_DATABASE_URL) and, for a cluster, `TANDEM_REDIS_URL` between its relays. Runs only
 * the scenarios that say something about the store and about many relays: the durable
 * acknowledgement (beside SQLite's) and cross-relay delivery.
 */
export function tandemPostgresTarget(mainJs: string, build: TandemBuild): RelayTarget {
  const { version, durableAckProbe, benchFlags } = build;

  const spawnOne = async (options: StartOptions, env: NodeJS.ProcessEnv): Promise<RelayProcess> => {
    const port = await freePort();
    const ackArgs = options.durableAckLog && durableAckProbe === 'relay-log' ? [DURABLE_ACK_FLAG, options.durableAckLog] : [];
    return spawnRelay({
      args: [mainJs, '--port', String(port), '--host', '127.0.0.1', '--data-dir', options.dataDir, ...benchFlags, ...ackArgs],
      nodeFlags: options.nodeFlags,
      port,
      readinessPath: '/readyz',
      env,
    });
  };

  return {
    id: RelayId.tandemPostgres,
    label: `Tandem relay ${version} on PostgreSQL (+ Redis)`,
    version,
    persistence: `PostgreSQL (a fresh database per start, server default synchronous_commit=on: COMMIT waits for the WAL flush), group commit; several relays linked by Redis pub/sub. Same flags as Tandem on SQLite`,
    dialect: yWebsocketDialect,
    durableAckProbe,
    scenarios: [ScenarioId.durableAck, ScenarioId.crossRelay],
    unavailableReason: build.unavailableReason,
    checkServices: checkBenchServices,
    async start(options) {
      const database = await createBenchDatabase();
      try {
        const relay = await spawnOne(options, { TANDEM_STORE: 'postgres', TANDEM_DATABASE_URL: database.url });
        return {
          ...relay,
          async stop(timeoutMs) {
            const code = await relay.stop(timeoutMs);
            await database.drop();
            return code;
          },
        };
      } catch (error) {
        await database.drop();
        throw error;
      }
    },
    async startCluster(options) {
      const database = await createBenchDatabase();
      const env = {
        TANDEM_STORE: 'postgres',
        TANDEM_DATABASE_URL: database.url,
        TANDEM_REDIS_URL: benchServices.redisUrl,
        TANDEM_REDIS_CHANNEL_PREFIX: freshChannelPrefix(),
      };
      const relays: RelayProcess[] = [];
      const stop = async (): Promise<void> => {
        await Promise.all(relays.map((relay) => relay.stop()));
        await database.drop();
      };
      try {
        // One after the other: the first migrates the fresh database, the others find it done.
        for (let i = 0; i < options.count; i++) relays.push(await spawnOne(options, env));
      } catch (error) {
        await stop();
        throw error;
      }
      return { relays, stop };
    },
  };
}
