import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** A V8 CPU profile of one page, started through the DevTools protocol. */
export interface PageCpuProfiler {
  /** Stops profiling and writes the `.cpuprofile` (open it in Chrome DevTools › Performance). */
  stopTo(file: string): Promise<void>;
}

/** Starts sampling `page`'s main thread every `intervalUs` microseconds. */
export async function startPageCpuProfile(page: Page, intervalUs = 200): Promise<PageCpuProfiler> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  return {
    async stopTo(file) {
      const { profile } = await session.send('Profiler.stop');
      await session.detach();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}
