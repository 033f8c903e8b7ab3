/**
 * Child process of the close test: appends, closes and prints `closed` — with nothing else
 * keeping the event loop alive, so an unfinished close would let the process exit early.
 */
import { createSqliteDocStore } from '../src/index';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: close-and-exit <db path>');
const store = createSqliteDocStore({ path, checkpointIntervalMs: 5 });
await store.append('doc', new Uint8Array([1, 2, 3]));
await store.close();
process.stdout.write('closed\n');
