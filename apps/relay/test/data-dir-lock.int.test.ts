import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './harness';
import { freePort, runRelayCli, startRelayProcess } from './relay-process';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('one relay per data directory', () => {
  // Two relays on one directory used to run side by side, and one's compaction deleted the
  // other's edits.
  it('a second relay on the same --data-dir exits 2 naming the directory; after the first dies, it starts', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const first = await startRelayProcess({ dataDir: dir.path });
    cleanups.push(() => void first.child.kill('SIGKILL'));

    const second = await runRelayCli(['--port', String(await freePort()), '--host', '127.0.0.1', '--data-dir', dir.path]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(dir.path);
    expect(second.stderr).toMatch(/another Tandem relay is using the data directory/);

    // The lock dies with its process, even on kill -9: no stale lock file to clean up by hand.
    first.child.kill('SIGKILL');
    await first.exited;
    const third = await startRelayProcess({ dataDir: dir.path });
    cleanups.push(() => void third.child.kill('SIGKILL'));
    expect((await fetch(`http://127.0.0.1:${third.port}/readyz`)).status).toBe(200);
  });
});
