import { execFileSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';
import { packageVersion } from '../relays/package-version';

/** The machine the bench ran on, for the report. */
export function machineInfo(): Record<string, string> {
  const cpuList = cpus();
  return {
    cpu: `${cpuList[0]?.model ?? 'unknown'} × ${cpuList.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${platform()} ${release()}`,
    node: process.version,
    'open files limit': shell('ulimit -n'),
  };
}

/** Versions of everything whose speed the figures depend on. */
export function versionsInfo(): Record<string, string> {
  const names = ['yjs', 'y-protocols', 'ws', '@y/websocket-server', 'y-leveldb', '@hocuspocus/server', '@hocuspocus/extension-database', 'better-sqlite3'];
  return Object.fromEntries(names.map((name) => [name, safeVersion(name)]));
}

function safeVersion(name: string): string {
  try {
    return packageVersion(name);
  } catch {
    return 'not installed';
  }
}

function shell(command: string): string {
  try {
    return execFileSync('sh', ['-c', command], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
