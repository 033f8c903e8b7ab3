import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Integration tests start real servers and child processes: keep them off each other's CPU.
    fileParallelism: false,
    execArgv: ['--expose-gc'],
  },
});
