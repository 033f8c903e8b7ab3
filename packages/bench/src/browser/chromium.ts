import { chromium, type Browser } from 'playwright-core';
import { chromiumExecutable, HEADLESS_CHROMIUM_FLAGS } from '@tandem/test-kit/chromium';

/** What the browser bench adds to the shared headless flags. */
const BENCH_FLAGS = [
  // Pages of other contexts are not "background tabs" here: each must paint at full rate,
  // or the observer's requestAnimationFrame would be throttled and the latency inflated.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
] as const;

/** Launches headless Debian Chromium; throws with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: [...HEADLESS_CHROMIUM_FLAGS, ...BENCH_FLAGS] });
}
