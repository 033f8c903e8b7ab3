import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** How busy the whole machine and the load generator were during one repetition. */
export interface MachineLoad {
  /** Busy time of all cores / (wall time × cores), in %: 50 % on 2 cores = one core busy. */
  readonly machineBusyPct: number;
  /** CPU of the load generator process, in % of one core. */
  readonly loadgenCpuPct: number;
  /** 1-minute load average at the end. */
  readonly loadAvg1: number;
}

/**
 * Watches the machine over a repetition. The bench shares the machine with everything else
 * running on it; with a relay and the load generator alone, the machine is at most ~100 %
 * busy, and more reveals other work competing with the measurement.
 */
export function watchMachineLoad(): () => MachineLoad {
  const startTicks = readCpuTicks();
  const startUsage = process.cpuUsage();
  const startMs = performance.now();
  return () => {
    const end = readCpuTicks();
    const usage = process.cpuUsage(startUsage);
    const wallMs = performance.now() - startMs;
    const total = end.total - startTicks.total;
    return {
      machineBusyPct: total > 0 ? (100 * (end.busy - startTicks.busy)) / total : Number.NaN,
      loadgenCpuPct: (100 * (usage.user + usage.system)) / 1000 / wallMs,
      loadAvg1: loadavg()[0] ?? Number.NaN,
    };
  };
}

/** Number of cores the machine load is relative to. */
export const CORES = cpus().length;

function readCpuTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  return { busy, total: busy + (idle ?? 0) + (iowait ?? 0) };
}

/**
 * Waits (at most `maxWaitMs`) for a moment when the whole machine is less than `busyBelowPct`
 * busy over half a second, so a repetition does not start in the middle of someone else's
 * build. Returns how busy it was when the wait ended.
 */
export async function waitForIdleMachine(maxWaitMs: number, busyBelowPct: number): Promise<number> {
  const deadline = performance.now() + maxWaitMs;
  for (;;) {
    const start = readCpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const end = readCpuTicks();
    const total = end.total - start.total;
    const busyPct = total > 0 ? (100 * (end.busy - start.busy)) / total : 0;
    if (busyPct < busyBelowPct || performance.now() > deadline) return busyPct;
  }
}
