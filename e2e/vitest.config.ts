import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.e2e.test.ts'],
    // Each file starts its own relay and browser; on a 2-core machine they must not overlap.
    fileParallelism: false,
    // Generous: on a loaded 2-core CI machine a browser test with a relay restart takes 50 s.
    testTimeout: 150_000,
    hookTimeout: 60_000,
    reporters: ['default', './summary-reporter.ts'],
  },
});
