import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CRASH_DOC, crashPayload } from '../test-fixtures/crash-payload';
import { createSqliteDocStore } from './sqlite-doc-store';

const CHILD = fileURLToPath(new URL('../test-fixtures/append-until-killed.ts', import.meta.url));
const CLOSE_CHILD = fileURLToPath(new URL('../test-fixtures/close-and-exit.ts', import.meta.url));

interface KilledRun {
  /** `seq → index` of every append the child reported as resolved. */
  readonly reported: Map<number, number>;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs the child until it has reported `killAfter` appends, then SIGKILLs it mid-stream and
 * collects every line it managed to print (the pipe keeps them after the process is gone).
 */
function appendUntilKilled(path: string, synchronous: 'normal' | 'full', killAfter: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, synchronous], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reported = new Map<number, number>();
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [seq, index] = line.split(' ').map(Number);
        reported.set(seq!, index!);
      }
      if (reported.size >= killAfter && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
      else resolve({ reported, signal });
    });
  });
}

describe('SqliteDocStore in a real process', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['normal', 'full'] as const)(
    'every append reported before a SIGKILL is there after reopening (synchronous=%s)',
    async (synchronous) => {
      const dir = mkdtempSync(join(tmpdir(), 'tandem-sqlite-crash-'));
      dirs.push(dir);
      const path = join(dir, 'tandem.db');
      const { reported, signal } = await appendUntilKilled(path, synchronous, 400);
      expect(signal).toBe('SIGKILL');
      expect(reported.size).toBeGreaterThanOrEqual(400);

      const store = createSqliteDocStore({ path, synchronous });
      try {
        const stored = await store.load(CRASH_DOC);
        const updates = stored?.updates ?? [];
        // Seqs of a fresh doc without compaction are 1, 2, 3…: row seq-1 holds append `index`.
        for (const [seq, index] of reported) {
          expect(Array.from(updates[seq - 1] ?? [])).toEqual(Array.from(crashPayload(index)));
        }
        // Nothing torn or invented: the rows form one intact prefix of what the child wrote.
        updates.forEach((update, position) => expect(Array.from(update)).toEqual(Array.from(crashPayload(position))));
        expect(stored?.lastSeq).toBe(updates.length);
        expect(stored?.logCount).toBe(updates.length);
        // The database is still writable after recovery.
        expect((await store.append(CRASH_DOC, crashPayload(updates.length))).seq).toBe(updates.length + 1);
      } finally {
        await store.close();
      }
    },
    30_000,
  );

  it('close finishes (thread stopped, WAL truncated) even when nothing else keeps the process alive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-sqlite-close-'));
    dirs.push(dir);
    const path = join(dir, 'tandem.db');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', CLOSE_CHILD, path], { encoding: 'utf8' });
    expect(stdout).toBe('closed\n');
    expect(!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0).toBe(true);
  }, 30_000);
});
