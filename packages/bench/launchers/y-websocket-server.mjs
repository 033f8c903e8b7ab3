// Starts the stock @y/websocket-server (its own src/server.js, unmodified: HOST, PORT and
// YPERSISTENCE=<dir> for its LevelDB persistence via y-leveldb). Two additions, neither of
// which changes how it serves:
//  - with BENCH_DURABLE_ACK_LOG=<file>, y-leveldb's storeUpdate is timed: its persistence calls
//    `ldb.storeUpdate(doc, update)` from the doc's 'update' event, i.e. as the edit is applied,
//    and the promise resolves once LevelDB has written it;
//  - SIGTERM exits cleanly (the stock server has no handler) so exit hooks run.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDurableAckLog, exitOnSignals } from './durable-ack-log.mjs';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@y/websocket-server/package.json'));
// utils.js is the same module instance server.js imports (same file URL), so the
// persistence object patched here is the one the server uses.
const utils = await import(pathToFileURL(join(packageDir, 'src', 'utils.js')).href);

const ackLog = createDurableAckLog(process.env.BENCH_DURABLE_ACK_LOG);
const persistence = utils.getPersistence();
if (ackLog && persistence) {
  const ldb = persistence.provider;
  const storeUpdate = ldb.storeUpdate.bind(ldb);
  ldb.storeUpdate = (docName, update) => {
    const receivedNs = process.hrtime.bigint();
    return storeUpdate(docName, update).then((result) => {
      ackLog.record(receivedNs, process.hrtime.bigint());
      return result;
    });
  };
}
exitOnSignals();
await import(pathToFileURL(join(packageDir, 'src', 'server.js')).href);
