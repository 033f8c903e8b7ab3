import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirectoryLockedError, lockDirectory, type DirectoryLock } from './directory-lock';

describe('lockDirectory', () => {
  let dir: string;
  const locks: DirectoryLock[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
  });
  afterEach(() => {
    for (const lock of locks.splice(0)) lock.release();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second lock on the same directory until the first is released', () => {
    const data = join(dir, 'data');
    locks.push(lockDirectory(data));
    expect(() => lockDirectory(data)).toThrow(DirectoryLockedError);
    expect(() => lockDirectory(data)).toThrow(`another Tandem relay is using the data directory ${data}`);
    locks.pop()!.release();
    locks.push(lockDirectory(data));
  });

  it('locks directories independently', () => {
    locks.push(lockDirectory(join(dir, 'a')), lockDirectory(join(dir, 'b')));
    expect(locks).toHaveLength(2);
  });
});
