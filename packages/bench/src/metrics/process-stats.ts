import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** One reading of a process's resource use, from /proc. */
export interface ProcessSample {
  /** User + system CPU time since the process started (all threads), in seconds. */
  readonly cpuSeconds: number;
  /** Resident set size now (VmRSS), in bytes. */
  readonly rssBytes: number;
  /** Peak resident set size since start (VmHWM), in bytes. */
  readonly peakRssBytes: number;
}

let clockTicksPerSecond: number | undefined;

/** `getconf CLK_TCK`: the unit of utime/stime in /proc/<pid>/stat (almost always 100). */
export function clockTicks(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

/** Reads CPU time and memory of `pid`. Throws if the process is gone. */
export function readProcessSample(pid: number): ProcessSample {
  return { cpuSeconds: readCpuSeconds(pid), ...readMemory(pid) };
}

function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may contain spaces: split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at field 3 (state); utime is field 14, stime field 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / clockTicks();
}

function readMemory(pid: number): { rssBytes: number; peakRssBytes: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { rssBytes: readKbField(status, 'VmRSS') * 1024, peakRssBytes: readKbField(status, 'VmHWM') * 1024 };
}

function readKbField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${name} in /proc status`);
  return Number(match[1]);
}
