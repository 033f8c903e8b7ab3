/**
 * Child process of the crash test: appends updates forever and prints `<seq> <index>` after
 * each append resolves, until the test kills it with SIGKILL. Stdout to a pipe is synchronous
 * on Linux, so every printed line was written before the next append started.
 */
import { createSqliteDocStore, type SqliteSynchronous } from '../src/index';
import { CRASH_DOC, crashPayload } from './crash-payload';

const [path, synchronous] = process.argv.slice(2);
if (!path || (synchronous !== 'normal' && synchronous !== 'full')) {
  throw new Error('usage: append-until-killed <db path> <normal|full>');
}
const store = createSqliteDocStore({ path, synchronous: synchronous as SqliteSynchronous });
for (let index = 0; ; index++) {
  const { seq } = await store.append(CRASH_DOC, crashPayload(index));
  process.stdout.write(`${seq} ${index}\n`);
}
