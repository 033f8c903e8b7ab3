import { defineConfig } from 'vitest/config';

/**
 * Tests that mostly wait on real time: a stock client's 30 s watchdog, an import paced by the
 * default rate limit. They need little CPU, so they run beside the others instead of after them.
 */
const WAITING_TESTS = ['test/idle.int.test.ts', 'test/backpressure.int.test.ts'];

const shared = {
  testTimeout: 20_000,
  hookTimeout: 20_000,
  // Integration tests start real servers and child processes: keep them off each other's CPU.
  fileParallelism: false,
  execArgv: ['--expose-gc'],
};

export default defineConfig({
  test: {
    // Both projects start together (same group order); within each, files run one at a time.
    projects: [
      { test: { ...shared, name: 'relay', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: WAITING_TESTS } },
      // Mostly idle, so they may also overlap each other.
      { test: { ...shared, name: 'relay-waiting', include: WAITING_TESTS, fileParallelism: true } },
    ],
  },
});
